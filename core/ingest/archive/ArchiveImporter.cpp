#include "ingest/archive/ArchiveImporter.h"

#include <archive.h>
#include <archive_entry.h>
#include <memory>

namespace threadline::ingest {

namespace {

struct ArchiveDeleter {
    void operator()(archive* handle) const { archive_read_free(handle); }
};
using ArchiveHandle = std::unique_ptr<archive, ArchiveDeleter>;

// Allowance on top of the ratio so that small archives of well-compressible text pass.
constexpr std::int64_t kRatioSlackBytes = 10 << 20;

bool startsWith(const QByteArray& head, const char* magic, int length, int offset = 0) {
    return head.size() >= offset + length && head.mid(offset, length) == QByteArray(magic, length);
}

Error archiveError(archive* handle, const ImportContext& context, const QString& where) {
    const char* message = archive_error_string(handle);
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("the archive cannot be read: %1")
                     .arg(message ? QString::fromUtf8(message)
                                  : QStringLiteral("unknown format or damaged")),
                 context.fileName, where};
}

// Counts what has been expanded so far and refuses to go past the limits.
class ExpansionGuard {
public:
    ExpansionGuard(const ImportContext& context, std::int64_t archiveBytes)
        : m_limits(context.limits)
        , m_budget(std::min<std::int64_t>(
              m_limits.maxExpandedBytes,
              std::int64_t(double(archiveBytes) * m_limits.maxExpansionRatio) + kRatioSlackBytes)) {
    }

    std::optional<QString> add(std::int64_t bytes) {
        m_expanded += bytes;
        if (m_expanded > m_budget)
            return QStringLiteral(
                       "the archive expands to more than %1 bytes (over %2 times its size or the "
                       "%3-byte limit): a decompression bomb or too large to import")
                .arg(m_budget)
                .arg(m_limits.maxExpansionRatio)
                .arg(m_limits.maxExpandedBytes);
        return std::nullopt;
    }

private:
    const ImportLimits& m_limits;
    std::int64_t m_budget;
    std::int64_t m_expanded = 0;
};

// Reads one member's bytes, stopping as soon as a limit is crossed.
Result<QByteArray> readMember(archive* handle, ExpansionGuard& guard, const ImportContext& context,
                              const QString& where) {
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        const la_ssize_t read = archive_read_data(handle, buffer, sizeof buffer);
        if (read < 0)
            return std::unexpected(archiveError(handle, context, where));
        if (read == 0)
            return bytes;
        if (auto exceeded = guard.add(read))
            return fail(ErrorCode::InvalidArgument, *exceeded, context.fileName, where);
        if (bytes.size() + read > context.limits.maxBytes)
            return fail(
                ErrorCode::InvalidArgument,
                QStringLiteral("member is over the %1-byte limit").arg(context.limits.maxBytes),
                context.fileName, where);
        bytes.append(buffer, read);
    }
}

QString memberName(archive_entry* entry) {
    const char* utf8 = archive_entry_pathname_utf8(entry);
    return utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(entry));
}

// Decides whether to read a member, given its name and place ("member 3"); may note a warning.
using MemberFilter = std::function<bool(const QString& name, const QString& where)>;
// Takes a member that was read; an error stops the walk.
using MemberSink = std::function<Result<void>(const QString& name, QByteArray content)>;

// Walks the regular-file members of an archive under the limits of `context`, reading those
// `filter` accepts. Returns how many entries the archive holds.
Result<int> walkMembers(const QByteArray& bytes, const ImportContext& context,
                        const MemberFilter& filter, const MemberSink& sink) {
    ArchiveHandle handle(archive_read_new());
    archive_read_support_filter_all(handle.get());
    archive_read_support_format_all(handle.get());
    archive_read_support_format_raw(handle.get()); // a lone .gz or .xz file
    if (archive_read_open_memory(handle.get(), bytes.constData(), size_t(bytes.size())) !=
        ARCHIVE_OK)
        return std::unexpected(archiveError(handle.get(), context, QStringLiteral("header")));
    ExpansionGuard guard(context, bytes.size());
    archive_entry* entry = nullptr;
    for (int index = 1;; ++index) {
        const int status = archive_read_next_header(handle.get(), &entry);
        if (status == ARCHIVE_EOF)
            return index - 1;
        const QString where = QStringLiteral("member %1").arg(index);
        if (status < ARCHIVE_WARN)
            return std::unexpected(archiveError(handle.get(), context, where));
        if (index > context.limits.maxMembers)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("more than %1 members; too many to import")
                            .arg(context.limits.maxMembers),
                        context.fileName, where);
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue; // folders, links and devices carry no content of their own
        const QString name = memberName(entry);
        if (!filter(name, where))
            continue;
        auto content = readMember(handle.get(), guard, context,
                                  where + QStringLiteral(" (") + name + QLatin1Char(')'));
        if (!content)
            return std::unexpected(content.error());
        if (auto taken = sink(name, std::move(*content)); !taken)
            return std::unexpected(taken.error());
    }
}

} // namespace

Result<std::map<QString, QByteArray>>
readArchiveMembers(const QByteArray& bytes, const ImportContext& context,
                   const std::function<bool(const QString&)>& wanted) {
    std::map<QString, QByteArray> members;
    auto walked = walkMembers(
        bytes, context, [&](const QString& name, const QString&) { return wanted(name); },
        [&](const QString& name, QByteArray content) {
            members.emplace(name, std::move(content));
            return Result<void>();
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

Result<ImportResult> ArchiveImporter::import(const QByteArray& bytes,
                                             const ImportContext& context) const {
    ImportResult result;
    auto refuseClimbing = [&](const QString& name, const QString& where) {
        if (!pathClimbsOut(name))
            return true;
        result.warnings << QStringLiteral(
                               "%1 (%2): the path climbs out of the archive; not extracted")
                               .arg(where, name);
        return false;
    };
    auto keep = [&](const QString& name, QByteArray content) -> Result<void> {
        result.children.push_back(
            {name, std::move(content), QJsonObject{{QStringLiteral("member"), name}}});
        if (context.cancelled(0.5))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
        return {};
    };
    auto entries = walkMembers(bytes, context, refuseClimbing, keep);
    if (!entries)
        return std::unexpected(entries.error());
    if (*entries == 0)
        result.warnings << QStringLiteral("the archive is empty");
    return result;
}

} // namespace threadline::ingest
