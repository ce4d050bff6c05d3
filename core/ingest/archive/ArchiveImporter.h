#pragma once

#include "ingest/Importer.h"

#include <functional>
#include <map>

namespace threadline::ingest {

// ZIP, TAR (plain or compressed), 7z and the other formats libarchive reads. Every member
// becomes a child source, imported in turn; members are streamed to the case one at a time, so an
// archive of any size (a phone dump of gigabytes) is read in parts. Guards against hostile
// archives: members whose path climbs out of the archive are not extracted (a warning names
// each); too many members, too many bytes, or a member expanding at a ratio typical of
// decompression bombs stop the import with an error (ArchiveReader).
class ArchiveImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("archive"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
    bool readsInParts(const QByteArray& head) const override;
    Result<ImportResult> importInParts(QIODevice& device,
                                       const ImportContext& context) const override;
};

// The members of a ZIP-based document (DOCX, XLSX, ODT ...) whose names pass `wanted`, read
// under the same limits as any archive.
Result<std::map<QString, QByteArray>>
readArchiveMembers(const QByteArray& bytes, const ImportContext& context,
                   const std::function<bool(const QString&)>& wanted);

// True when an archive member's path would land outside the folder it is extracted to.
bool pathClimbsOut(const QString& memberPath);

} // namespace threadline::ingest
