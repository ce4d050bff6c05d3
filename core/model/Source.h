#pragma once

#include "model/Ids.h"

#include <QString>
#include <QStringList>

#include <cstdint>

namespace threadline {

// Where a source stands in the import pipeline.
enum class SourceStatus { Stored, Imported, Partial, Failed };

QString toString(SourceStatus status);
SourceStatus sourceStatusFromString(const QString& text);

// What the analyst says about a file when adding it: chain-of-custody details.
struct SourceMetadata {
    QString custodian;  // who handed the material over, e.g. "DC Jane Doe, Digital Forensics"
    QString exhibitRef; // the exhibit or item reference, e.g. "JD/3"
    SourceId parent;    // the container it came from, when it is an attachment or archive member
};

// One file brought into the case. The original bytes are kept in the case and never change.
struct Source {
    SourceId id;
    SourceId parent;
    QString name;         // file name as it was on disk
    QString originalPath; // absolute path it was read from
    std::int64_t size = 0;
    QString mediaType;
    QString sha256;     // lower-case hex of the original bytes
    QString importedAt; // UTC, ISO 8601
    QString importedBy; // OS user
    QString custodian;
    QString exhibitRef;
    QString importer;
    QString importerVersion;
    SourceStatus status = SourceStatus::Stored;
    QStringList warnings;
    QString error;
};

} // namespace threadline
