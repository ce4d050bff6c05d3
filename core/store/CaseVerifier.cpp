// CaseStore::verify: proves that nothing in a case changed since it was recorded.
#include "store/AuditLog.h"
#include "store/CaseStore.h"
#include "store/Database.h"
#include "util/Sha256.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <unordered_map>

namespace threadline::store {

namespace {

// The triggers that make evidence append-only; a case without them was edited outside Threadline.
constexpr const char* kProtectionTriggers[] = {
    "audit_no_update",          "audit_no_delete",        "source_content_no_update",
    "source_content_no_delete", "sources_identity_fixed", "sources_no_delete"};

class Verifier {
public:
    Verifier(Database& database, const ProgressCallback& progress)
        : m_database(database)
        , m_progress(progress) {}

    Result<VerificationReport> run() {
        for (auto step : {&Verifier::checkIntegrity, &Verifier::checkTriggers,
                          &Verifier::checkAuditChain, &Verifier::checkOriginals}) {
            if (auto done = (this->*step)(); !done)
                return std::unexpected(done.error());
        }
        return m_report;
    }

private:
    void problem(QString subject, QString detail) {
        m_report.problems.push_back({std::move(subject), std::move(detail)});
    }

    Result<void> checkIntegrity() {
        auto check = m_database.prepare("PRAGMA integrity_check");
        if (!check)
            return std::unexpected(check.error());
        auto lines = collectRows(*check, [](const Statement& row) { return row.text(0); });
        if (!lines)
            return std::unexpected(lines.error());
        for (const QString& line : *lines)
            if (line != QLatin1String("ok"))
                problem(QStringLiteral("database"), line);
        return {};
    }

    Result<void> checkTriggers() {
        auto select = m_database.prepare(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
        if (!select)
            return std::unexpected(select.error());
        for (const char* name : kProtectionTriggers) {
            select->bind(1, QString::fromLatin1(name));
            auto found = collectRows(*select, [](const Statement& row) { return row.integer(0); });
            select->reset();
            if (!found)
                return std::unexpected(found.error());
            if (found->empty() || found->front() == 0)
                problem(QStringLiteral("database"),
                        QStringLiteral("protection trigger %1 is missing: the case was altered "
                                       "outside Threadline")
                            .arg(QLatin1String(name)));
        }
        return {};
    }

    Result<void> checkAuditChain() {
        auto rows = AuditLog(m_database).entries();
        if (!rows)
            return std::unexpected(rows.error());
        QString expectedPrevious = AuditLog::kGenesisHash;
        std::int64_t expectedId = 1;
        for (const AuditEntry& entry : *rows) {
            checkAuditRow(entry, expectedId, expectedPrevious);
            expectedPrevious = entry.hash;
            expectedId = entry.id.value + 1;
        }
        m_report.auditEntries = std::int64_t(rows->size());
        m_report.headHash = rows->empty() ? QString() : rows->back().hash;
        if (rows->empty())
            problem(QStringLiteral("audit log"), QStringLiteral("the audit log is empty"));
        return {};
    }

    void checkAuditRow(const AuditEntry& entry, std::int64_t expectedId,
                       const QString& expectedPrevious) {
        const QString subject = QStringLiteral("audit row %1").arg(entry.id.value);
        if (entry.id.value != expectedId)
            problem(subject, QStringLiteral("audit rows %1 to %2 are missing")
                                 .arg(expectedId)
                                 .arg(entry.id.value - 1));
        if (entry.previousHash != expectedPrevious)
            problem(subject, QStringLiteral("does not chain to the row before it"));
        if (AuditLog::computeHash(entry) != entry.hash)
            problem(subject, QStringLiteral("its content does not match its hash (%1 %2)")
                                 .arg(entry.action, entry.at));
        if (entry.action == QLatin1String("source.added")) {
            const QJsonObject details =
                QJsonDocument::fromJson(entry.detailsJson.toUtf8()).object();
            m_recordedHashes[details.value(QStringLiteral("source_id")).toInteger()] =
                details.value(QStringLiteral("sha256")).toString();
        }
    }

    Result<void> checkOriginals() {
        auto sources = m_database.prepare("SELECT id, name, size, sha256 FROM sources ORDER BY id");
        auto total = m_database.queryInteger("SELECT total(size) FROM sources");
        if (!sources || !total)
            return std::unexpected(sources ? total.error() : sources.error());
        m_bytesTotal = total->value_or(0);
        auto rows = collectRows(*sources, [](const Statement& row) {
            return StoredSource{row.integer(0), row.text(1), row.integer(2), row.text(3)};
        });
        if (!rows)
            return std::unexpected(rows.error());
        for (const StoredSource& source : *rows)
            if (auto checked = checkOriginal(source); !checked)
                return checked;
        return {};
    }

    struct StoredSource {
        std::int64_t id;
        QString name;
        std::int64_t size;
        QString sha256;
    };

    Result<void> checkOriginal(const StoredSource& source) {
        const QString subject = QStringLiteral("source #%1 (%2)").arg(source.id).arg(source.name);
        auto chunks = m_database.prepare(
            "SELECT seq, bytes FROM source_content WHERE source_id = ? ORDER BY seq");
        if (!chunks)
            return std::unexpected(chunks.error());
        chunks->bind(1, source.id);
        Sha256 hash;
        std::int64_t size = 0;
        std::int64_t expectedSequence = 0;
        bool gap = false;
        for (;;) {
            auto hasRow = chunks->step();
            if (!hasRow)
                return std::unexpected(hasRow.error());
            if (!*hasRow)
                break;
            gap = gap || chunks->integer(0) != expectedSequence++;
            const QByteArray bytes = chunks->blob(1);
            hash.addData(bytes);
            size += bytes.size();
            m_report.bytesChecked += bytes.size();
            if (m_progress && !m_progress(m_report.bytesChecked, m_bytesTotal))
                return fail(ErrorCode::Cancelled, QStringLiteral("verification cancelled"));
        }
        reportOriginal(subject, source, hash.hexResult(), size, gap);
        ++m_report.sourcesChecked;
        return {};
    }

    void reportOriginal(const QString& subject, const StoredSource& source, const QString& actual,
                        std::int64_t size, bool gap) {
        if (gap)
            problem(subject, QStringLiteral("part of the stored original is missing"));
        if (size != source.size)
            problem(subject, QStringLiteral("stored original has %1 bytes, %2 were recorded")
                                 .arg(size)
                                 .arg(source.size));
        if (actual != source.sha256)
            problem(subject, QStringLiteral("stored original does not match its SHA-256 "
                                            "(recorded %1, now %2)")
                                 .arg(source.sha256, actual));
        const auto recorded = m_recordedHashes.find(source.id);
        if (recorded == m_recordedHashes.end())
            problem(subject, QStringLiteral("no audit record of this source being added"));
        else if (recorded->second != source.sha256)
            problem(subject, QStringLiteral("its SHA-256 differs from the one in the audit log "
                                            "(%1)")
                                 .arg(recorded->second));
    }

    Database& m_database;
    const ProgressCallback& m_progress;
    VerificationReport m_report;
    std::unordered_map<std::int64_t, QString> m_recordedHashes; // source id -> audited SHA-256
    std::int64_t m_bytesTotal = 0;
};

} // namespace

Result<VerificationReport> CaseStore::verify(const ProgressCallback& progress) const {
    return Verifier(*m_database, progress).run();
}

} // namespace threadline::store
