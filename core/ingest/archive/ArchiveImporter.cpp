#include "ingest/archive/ArchiveImporter.h"

#include "ingest/archive/ArchiveReader.h"

#include <QBuffer>

namespace threadline::ingest {

namespace {

bool startsWith(const QByteArray& head, const char* magic, int length, int offset = 0) {
    return head.size() >= offset + length && head.mid(offset, length) == QByteArray(magic, length);
}

// Decides whether to read the reader's current member; may note a warning.
using MemberFilter = std::function<bool(const ArchiveReader& reader)>;
// Takes the current member, reading it from the reader; an error stops the walk.
using MemberSink = std::function<Result<void>(ArchiveReader& reader)>;

// Walks the regular-file members of the archive on `device`, handing those `filter` accepts to
// `sink`. Returns how many entries the archive holds.
Result<int> walkMembers(QIODevice& device, const ImportContext& context, const MemberFilter& filter,
                        const MemberSink& sink) {
    ArchiveReader reader(device, context);
    if (auto opened = reader.open(); !opened)
        return std::unexpected(opened.error());
    for (;;) {
        auto next = reader.next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            return reader.index();
        if (!reader.isFile() || !filter(reader))
            continue;
        if (auto taken = sink(reader); !taken)
            return std::unexpected(taken.error());
        if (context.cancelled(reader.fraction()))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
    }
}

Result<int> walkMembers(const QByteArray& bytes, const ImportContext& context,
                        const MemberFilter& filter, const MemberSink& sink) {
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    return walkMembers(device, context, filter, sink);
}

// A member handed to the import job, which stores it as it reads; if reading it failed (a bomb,
// damaged data) the member's own error is the one to report.
Result<void> storeMember(ArchiveReader& reader, const ImportContext& context) {
    ArchiveMemberDevice member(reader);
    const QString name = reader.name();
    auto stored = context.storeChild(name, member, QJsonObject{{QStringLiteral("member"), name}});
    if (member.failure())
        return std::unexpected(*member.failure());
    return stored;
}

} // namespace

Result<std::map<QString, QByteArray>>
readArchiveMembers(const QByteArray& bytes, const ImportContext& context,
                   const std::function<bool(const QString&)>& wanted) {
    std::map<QString, QByteArray> members;
    auto walked = walkMembers(
        bytes, context, [&](const ArchiveReader& reader) { return wanted(reader.name()); },
        [&](ArchiveReader& reader) -> Result<void> {
            auto content = reader.readAll(context.limits.maxBytes);
            if (!content)
                return std::unexpected(content.error());
            members.emplace(reader.name(), std::move(*content));
            return {};
        });
    if (!walked)
        return std::unexpected(walked.error());
    return members;
}

bool pathClimbsOut(const QString& memberPath) {
    QString path = memberPath;
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    if (path.startsWith(QLatin1Char('/')) || (path.size() > 1 && path[1] == QLatin1Char(':')))
        return true; // absolute: /etc/passwd, C:\Windows
    int depth = 0;
    for (const QString& part : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".."))
            --depth;
        else if (part != QLatin1String("."))
            ++depth;
        if (depth < 0)
            return true;
    }
    return false;
}

int ArchiveImporter::fitness(const QByteArray& head, const ImportContext&) const {
    if (startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4) ||
        startsWith(head, "7z\xBC\xAF\x27\x1C", 6) || startsWith(head, "Rar!", 4) ||
        startsWith(head, "ustar", 5, 257))
        return 60; // office formats (ZIP inside) are claimed more strongly by their own importers
    if (startsWith(head, "\x1F\x8B", 2) || startsWith(head, "BZh", 3) ||
        startsWith(head,
                   "\xFD"
                   "7zXZ",
                   5))
        return 50; // compressed: a .tar.gz or a single compressed file, both read as archives
    return 0;
}

bool ArchiveImporter::readsInParts(const QByteArray& head) const {
    return fitness(head, {}) > 0;
}

Result<ImportResult> ArchiveImporter::import(const QByteArray& bytes,
                                             const ImportContext& context) const {
    QBuffer device;
    device.setData(bytes);
    device.open(QIODevice::ReadOnly);
    return importInParts(device, context);
}

// Members are handed to the import job as they are read (ImportContext::storeChild), so only
// one chunk of one member is in memory at a time; without the job (a test, a fuzz target) they
// are returned as children, each under the limit for a file held whole.
Result<ImportResult> ArchiveImporter::importInParts(QIODevice& device,
                                                    const ImportContext& context) const {
    ImportResult result;
    auto refuseClimbing = [&](const ArchiveReader& reader) {
        if (!pathClimbsOut(reader.name()))
            return true;
        result.warnings << reader.where() +
                               QStringLiteral(": the path climbs out of the archive; not "
                                              "extracted");
        return false;
    };
    auto keep = [&](ArchiveReader& reader) -> Result<void> {
        if (context.storeChild)
            return storeMember(reader, context);
        auto content = reader.readAll(context.limits.maxBytes);
        if (!content)
            return std::unexpected(content.error());
        result.children.push_back({reader.name(), std::move(*content),
                                   QJsonObject{{QStringLiteral("member"), reader.name()}}});
        return {};
    };
    auto entries = walkMembers(device, context, refuseClimbing, keep);
    if (!entries)
        return std::unexpected(entries.error());
    if (*entries == 0)
        result.warnings << QStringLiteral("the archive is empty");
    return result;
}

} // namespace threadline::ingest
