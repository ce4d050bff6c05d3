// CaseStore: adding, listing and reading back the original files of a case.
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "store/SourceRows.h"
#include "util/Environment.h"
#include "util/Sha256.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeDatabase>

namespace threadline::store {

namespace {

// Originals are stored in chunks so files larger than SQLite's 1 GB value limit fit, and so a
// file is never held in memory whole.
constexpr qint64 kChunkBytes = 1 << 20;
// A big original's chunks are sent on to the disk every this many (Database::startLogWriteback).
constexpr std::int64_t kWritebackChunks = 16;

Error readError(const QIODevice& device, const QString& name) {
    return Error{ErrorCode::Io,
                 QStringLiteral("cannot read the file: %1").arg(device.errorString()),
                 name,
                 {}};
}

// Reads `file` from the start in chunks, handing each to `consume`; returns the SHA-256 (hex).
// `consume` returns false to stop early with an error it has set.
Result<QString> streamFile(QIODevice& file, const QString& name, const ProgressCallback& progress,
                           std::int64_t doneBefore, std::int64_t total,
                           const std::function<Result<void>(const QByteArray&)>& consume) {
    if (!file.seek(0))
        return std::unexpected(readError(file, name));
    Sha256 hash;
    std::int64_t done = doneBefore;
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunkBytes);
        if (chunk.isEmpty())
            return std::unexpected(readError(file, name));
        hash.addData(chunk);
        if (auto consumed = consume(chunk); !consumed)
            return std::unexpected(consumed.error());
        done += chunk.size();
        if (progress && !progress(done, total))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), name);
    }
    return hash.hexResult();
}

Result<void> insertChunks(Database& database, QIODevice& file, const QString& name, SourceId id,
                          const QString& expectedHash, const ProgressCallback& progress) {
    auto insert =
        database.cached("INSERT INTO source_content (source_id, seq, bytes) VALUES (?, ?, ?)");
    if (!insert)
        return std::unexpected(insert.error());
    std::int64_t sequence = 0;
    auto stored = streamFile(
        file, name, progress, file.size(), 2 * file.size(), [&](const QByteArray& chunk) {
            if (++sequence % kWritebackChunks == 0)
                database.startLogWriteback();
            return (*insert)->bind(1, id.value).bind(2, sequence - 1).bind(3, chunk).run();
        });
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored != expectedHash)
        return fail(ErrorCode::Io,
                    QStringLiteral("the file changed while it was being read; nothing was added"),
                    name);
    return {};
}

// What is known of a file before it is stored.
struct Incoming {
    QString name;
    QString originalPath; // empty for a file found inside another source
    std::int64_t size;
    QString mediaType;
};

Result<SourceId> insertSourceRow(Database& database, const Incoming& file, const QString& sha256,
                                 const SourceMetadata& metadata) {
    auto cached = database.cached(
        "INSERT INTO sources (parent_id, name, original_path, size, media_type, sha256, "
        "imported_at, imported_by, custodian, exhibit_ref) VALUES (?,?,?,?,?,?,?,?,?,?)");
    if (!cached)
        return std::unexpected(cached.error());
    Statement& insert = **cached;
    if (metadata.parent.isValid())
        insert.bind(1, metadata.parent.value);
    insert.bind(2, file.name).bind(3, file.originalPath).bind(4, file.size);
    insert.bind(5, file.mediaType).bind(6, sha256);
    insert.bind(7, utcNowIso()).bind(8, currentOsUser());
    insert.bind(9, metadata.custodian.isEmpty() ? QString() : metadata.custodian);
    insert.bind(10, metadata.exhibitRef.isEmpty() ? QString() : metadata.exhibitRef);
    if (auto inserted = insert.run(); !inserted)
        return std::unexpected(inserted.error());
    return SourceId{database.lastInsertId()};
}

QJsonObject auditDetails(const Source& source) {
    QJsonObject details{{QStringLiteral("source_id"), qint64(source.id.value)},
                        {QStringLiteral("name"), source.name},
                        {QStringLiteral("original_path"), source.originalPath},
                        {QStringLiteral("sha256"), source.sha256},
                        {QStringLiteral("size"), qint64(source.size)},
                        {QStringLiteral("media_type"), source.mediaType}};
    if (source.parent.isValid())
        details.insert(QStringLiteral("parent_id"), qint64(source.parent.value));
    if (!source.custodian.isEmpty())
        details.insert(QStringLiteral("custodian"), source.custodian);
    if (!source.exhibitRef.isEmpty())
        details.insert(QStringLiteral("exhibit_ref"), source.exhibitRef);
    return details;
}

// The texts of statements kept for reuse (Database::cached), made once: the cache is keyed by
// the text's address.
const char* sourceByIdSql() {
    static const QByteArray sql =
        QByteArray("SELECT ") + kSourceColumns + " FROM sources WHERE id = ?";
    return sql.constData();
}

const char* sourceBySha256Sql() {
    static const QByteArray sql =
        QByteArray("SELECT ") + kSourceColumns + " FROM sources WHERE sha256 = ?";
    return sql.constData();
}

Result<Source> sourceById(Database& database, SourceId id) {
    auto select = database.cached(sourceByIdSql());
    if (!select)
        return std::unexpected(select.error());
    (*select)->bind(1, id.value);
    auto rows = collectRows(**select, sourceFromRow);
    if (!rows)
        return std::unexpected(rows.error());
    if (rows->empty())
        return fail(ErrorCode::NotFound, QStringLiteral("no source #%1").arg(id.value),
                    database.path());
    return rows->front();
}

// The media type recorded for a file: by its name and content (the freedesktop database), except
// for kinds of file that database has no name for, which its content sniffing then guesses by
// whatever the first bytes hold: a scraper's JSON-lines dump was recorded as text/html when its
// first record carried a page, as text/plain otherwise.
QString mediaTypeOf(const QString& name, QIODevice& device) {
    static const QHash<QString, QString> byExtension = {
        {QStringLiteral("jsonl"), QStringLiteral("application/x-ndjson")},
        {QStringLiteral("ndjson"), QStringLiteral("application/x-ndjson")},
    };
    const auto known = byExtension.constFind(QFileInfo(name).suffix().toLower());
    if (known != byExtension.constEnd())
        return *known;
    return QMimeDatabase().mimeTypeForFileNameAndData(name, &device).name();
}

} // namespace

Source sourceFromRow(const Statement& row) {
    Source source;
    source.id = SourceId{row.integer(0)};
    source.parent = SourceId{row.integer(1)};
    source.name = row.text(2);
    source.originalPath = row.text(3);
    source.size = row.integer(4);
    source.mediaType = row.text(5);
    source.sha256 = row.text(6);
    source.importedAt = row.text(7);
    source.importedBy = row.text(8);
    source.custodian = row.text(9);
    source.exhibitRef = row.text(10);
    source.importer = row.text(11);
    source.importerVersion = row.text(12);
    source.status = sourceStatusFromString(row.text(13));
    for (const QJsonValue& warning : QJsonDocument::fromJson(row.text(14).toUtf8()).array())
        source.warnings << warning.toString();
    source.error = row.text(15);
    return source;
}

Result<AddSourceResult> CaseStore::addSource(const QString& filePath,
                                             const SourceMetadata& metadata,
                                             const ProgressCallback& progress) {
    const QFileInfo info(filePath);
    if (!info.exists())
        return fail(ErrorCode::NotFound, QStringLiteral("no such file"), filePath);
    if (!info.isFile())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a regular file"), filePath);
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(readError(file, filePath));
    return addSource(file, info.fileName(), info.absoluteFilePath(), metadata, progress);
}

Result<AddSourceResult> CaseStore::addSource(QIODevice& device, const QString& name,
                                             const QString& originalPath,
                                             const SourceMetadata& metadata,
                                             const ProgressCallback& progress) {
    auto prepared = prepareSource(device, name, originalPath, progress);
    if (!prepared)
        return std::unexpected(prepared.error());
    if (prepared->existing)
        return AddSourceResult{*prepared->existing, true};
    auto stored = storePreparedSource(device, *prepared, metadata, progress);
    if (!stored)
        return std::unexpected(stored.error());
    return AddSourceResult{*stored, false};
}

// Hashing is the first half of the progress, storing the second.
Result<PreparedSource> CaseStore::prepareSource(QIODevice& device, const QString& name,
                                                const QString& originalPath,
                                                const ProgressCallback& progress) const {
    auto prepared = describeSource(device, name, originalPath, progress);
    if (!prepared)
        return prepared;
    if (auto found = findExisting(*prepared); !found)
        return std::unexpected(found.error());
    return prepared;
}

Result<PreparedSource> CaseStore::describeSource(QIODevice& device, const QString& name,
                                                 const QString& originalPath,
                                                 const ProgressCallback& progress) {
    const QString shownName = originalPath.isEmpty() ? name : originalPath;
    // Hash only, so re-adding a large file that is already stored writes nothing.
    auto sha256 = streamFile(device, shownName, progress, 0, 2 * device.size(),
                             [](const QByteArray&) { return Result<void>(); });
    if (!sha256)
        return std::unexpected(sha256.error());
    device.seek(0);
    return PreparedSource{name, originalPath, *sha256, mediaTypeOf(name, device), {}};
}

Result<void> CaseStore::findExisting(PreparedSource& prepared) const {
    auto existing = sourceBySha256(prepared.sha256);
    if (!existing)
        return std::unexpected(existing.error());
    prepared.existing = *existing;
    return {};
}

Result<Source> CaseStore::storePreparedSource(QIODevice& device, const PreparedSource& prepared,
                                              const SourceMetadata& metadata,
                                              const ProgressCallback& progress) {
    const QString shownName =
        prepared.originalPath.isEmpty() ? prepared.name : prepared.originalPath;
    const Incoming incoming{prepared.name, prepared.originalPath, device.size(),
                            prepared.mediaType};
    auto transaction = Transaction::begin(*m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    // Another import (another program on the same case) may have stored the same bytes since
    // they were hashed; the transaction holds the case now, so this answer stays true.
    auto already = sourceBySha256(prepared.sha256);
    if (!already)
        return std::unexpected(already.error());
    if (*already)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("already imported: the same bytes were stored as source #%1 "
                                   "(%2) by another import meanwhile")
                        .arg((*already)->id.value)
                        .arg((*already)->name),
                    shownName);
    auto id = insertSourceRow(*m_database, incoming, prepared.sha256, metadata);
    if (!id)
        return std::unexpected(id.error());
    if (auto stored = insertChunks(*m_database, device, shownName, *id, prepared.sha256, progress);
        !stored)
        return std::unexpected(stored.error());
    auto source = sourceById(*m_database, *id);
    if (!source)
        return std::unexpected(source.error());
    auto logged =
        AuditLog(*m_database).append(QStringLiteral("source.added"), auditDetails(*source));
    if (!logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return *source;
}

Result<Source> CaseStore::source(SourceId id) const {
    return sourceById(*m_database, id);
}

Result<std::vector<Source>> CaseStore::sources() const {
    const QByteArray sql = QByteArray("SELECT ") + kSourceColumns + " FROM sources ORDER BY id";
    auto select = m_database->prepare(sql.constData());
    if (!select)
        return std::unexpected(select.error());
    return collectRows(*select, sourceFromRow);
}

Result<std::optional<Source>> CaseStore::sourceBySha256(const QString& sha256) const {
    auto select = m_database->cached(sourceBySha256Sql());
    if (!select)
        return std::unexpected(select.error());
    (*select)->bind(1, sha256.toLower());
    auto rows = collectRows(**select, sourceFromRow);
    if (!rows)
        return std::unexpected(rows.error());
    return rows->empty() ? std::optional<Source>() : std::optional<Source>(rows->front());
}

Result<void> CaseStore::readOriginal(SourceId id,
                                     const std::function<void(const QByteArray&)>& sink) const {
    auto select =
        m_database->prepare("SELECT bytes FROM source_content WHERE source_id = ? ORDER BY seq");
    if (!select)
        return std::unexpected(select.error());
    select->bind(1, id.value);
    for (;;) {
        auto hasRow = select->step();
        if (!hasRow)
            return std::unexpected(hasRow.error());
        if (!*hasRow)
            return {};
        sink(select->blob(0));
    }
}

} // namespace threadline::store
