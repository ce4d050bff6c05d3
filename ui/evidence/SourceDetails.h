#pragma once

#include "model/Source.h"
#include "util/Error.h"

#include <QStringList>

class QWidget;

namespace threadline::store {
class CaseStore;
}

namespace threadline::ui {

// What an examiner asks of a file: its hash, custody, exhibit reference, who imported it when
// and with what, and what it was found in.
struct SourceDetails {
    Source source;
    QStringList foundIn; // nearest first
};

Result<SourceDetails> readSourceDetails(store::CaseStore& store, SourceId source);
// The details as a dialog's HTML.
QString sourceDetailsHtml(const SourceDetails& details);
void showSourceDetails(const SourceDetails& details, QWidget* parent);

// Copies the original of `source` to `path`, checks the copy's SHA-256 against the one taken at
// import, and writes the copy to the audit log ("source.copied"). Runs on the store worker.
Result<QString> saveOriginalCopy(store::CaseStore& store, SourceId source, const QString& path);

} // namespace threadline::ui
