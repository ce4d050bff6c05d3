#pragma once

#include "exhibit/ExhibitModel.h"
#include "util/Error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace threadline::exhibit {

// items.csv: a row per entity and link shown, the columns of the appendix. A cell that a
// spreadsheet would run as a formula (=, +, -, @, tab, carriage return first) gets a leading
// apostrophe, as OWASP advises, so that opening the file runs nothing.
QByteArray itemsCsv(const ExhibitModel& model);
QString neutralisedCell(const QString& text);

// The manifest of the files in `folder` (every file but manifest.json, by name): their SHA-256
// and size, the case they came from and the state of its audit chain, the sources cited.
Result<QJsonObject> manifestOf(const QString& folder, const ExhibitModel& model);

// Rewrites the time Qt's PDF writer stamps (/CreationDate) as `isoUtc`, the case's time, so
// that the same exhibit is the same bytes; the length is kept, and with it every offset.
Result<void> stampPdfTime(const QString& path, const QString& isoUtc);

// Zips the files of `folder` into `zipPath`, in name order, each dated `isoUtc`.
Result<void> zipFolder(const QString& folder, const QString& zipPath, const QString& isoUtc);

// The files of a zip, by name (for verifying a zipped package).
Result<QHash<QString, QByteArray>> readZip(const QString& zipPath);

} // namespace threadline::exhibit
