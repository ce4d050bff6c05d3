#pragma once

#include "model/CaseContents.h"
#include "model/Source.h"
#include "util/Error.h"

#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace threadline::ingest {
struct ImportResult;
}

namespace threadline::store {

class AnalysisStore;
class ChartStore;
class DecisionStore;
class FactStore;
class TableStore;
class Database;
class ImportSession;
class WriteBatch;
struct ImportCounts;

// Called while long work runs with bytes done and bytes in all; return false to cancel.
using ProgressCallback = std::function<bool(std::int64_t done, std::int64_t total)>;

// The outcome of adding one file.
struct AddSourceResult {
    Source source;          // the stored source, or the one already holding the same bytes
    bool duplicate = false; // true when identical bytes were already in the case
};

// A file hashed and typed but not yet stored: addSource() in two steps, so an import can start
// reading a big file while its original is being stored.
struct PreparedSource {
    QString name;
    QString originalPath;
    QString sha256;
    QString mediaType;
    std::optional<Source> existing; // a source already holding the same bytes
};

// Something `verify` found wrong, named so an examiner can find it.
struct VerificationProblem {
    QString subject; // "audit row 7", "source #3 (invoice.pdf)", "database"
    QString detail;
};

struct VerificationReport {
    std::int64_t auditEntries = 0;
    std::int64_t sourcesChecked = 0;
    std::int64_t bytesChecked = 0;
    QString headHash; // hash of the newest audit row: note it down to detect a rewritten chain
    std::vector<VerificationProblem> problems;

    bool passed() const { return problems.empty(); }
};

// One Threadline case: a single SQLite file holding the originals, what was extracted from
// them and the audit log. Not thread-safe; open one CaseStore per thread.
class CaseStore {
public:
    enum class Access { ReadWrite, ReadOnly };

    // Creates a new case file; fails if `path` already exists.
    static Result<CaseStore> create(const QString& path);
    // Opens an existing case, migrating an older schema forward unless opened read-only.
    static Result<CaseStore> open(const QString& path, Access access = Access::ReadWrite);

    CaseStore(CaseStore&&) noexcept;
    CaseStore& operator=(CaseStore&&) noexcept;
    ~CaseStore();

    QString path() const;
    bool isReadOnly() const;

    // Streams the file into the case in one transaction and records it in the audit log.
    // Identical bytes already in the case add nothing: the result names the existing source.
    Result<AddSourceResult> addSource(const QString& filePath, const SourceMetadata& metadata = {},
                                      const ProgressCallback& progress = {});
    // The same for bytes from any seekable device: a file inside another source (attachment,
    // archive member) is added with an empty `originalPath` and `metadata.parent` set.
    Result<AddSourceResult> addSource(QIODevice& device, const QString& name,
                                      const QString& originalPath, const SourceMetadata& metadata,
                                      const ProgressCallback& progress = {});
    // The two steps of addSource(): hash the bytes, type them and look for a source holding them;
    // then store what was new. `device` must hold the same bytes both times (they are hashed
    // again as they are stored, and a difference is refused).
    Result<PreparedSource> prepareSource(QIODevice& device, const QString& name,
                                         const QString& originalPath,
                                         const ProgressCallback& progress = {}) const;
    // The first step without the case: hashes and types the bytes (`existing` left empty).
    // Touches no database, so any thread may call it (an import reads files ahead on a worker).
    static Result<PreparedSource> describeSource(QIODevice& device, const QString& name,
                                                 const QString& originalPath,
                                                 const ProgressCallback& progress = {});
    // Fills `prepared.existing` with the source holding the same bytes, if the case has one.
    Result<void> findExisting(PreparedSource& prepared) const;
    Result<Source> storePreparedSource(QIODevice& device, const PreparedSource& prepared,
                                       const SourceMetadata& metadata,
                                       const ProgressCallback& progress = {});
    Result<Source> source(SourceId id) const;
    Result<std::vector<Source>> sources() const;
    Result<std::optional<Source>> sourceBySha256(const QString& sha256) const;
    // Streams the stored original bytes of a source to `sink`, chunk by chunk.
    Result<void> readOriginal(SourceId id,
                              const std::function<void(const QByteArray&)>& sink) const;

    Result<CaseSummary> summary() const;
    // Blocks until what was committed is copied from the write-ahead log into the case file,
    // which happens on a thread of its own after big commits (benchmarks and tests).
    void waitForCheckpoints() const;
    // The whole original of a source, for importers. Refuses originals over `maxBytes`.
    Result<QByteArray> original(SourceId id, std::int64_t maxBytes) const;
    // The original of a source as a device read a chunk at a time (importers that read in parts).
    Result<std::unique_ptr<QIODevice>> openOriginal(SourceId id) const;
    // Opens a transaction in which every write until its commit (sources added, imports
    // recorded, each a savepoint of it) shares one commit: a folder of small files is written a
    // batch at a time instead of syncing the disk for each file. Dropping it undoes the batch.
    Result<WriteBatch> beginBatch();
    // Opens the transaction that writes what an importer finds in a source, part by part; inside
    // `batch` when given (its documents are indexed for search when the batch commits).
    Result<ImportSession> beginImport(SourceId id, const QString& importer, const QString& version,
                                      WriteBatch* batch = nullptr);
    // Writes what an importer found in a source, marks the source imported (or partial when
    // there were warnings) and logs it, all in one transaction.
    Result<ImportCounts> recordImport(SourceId id, const QString& importer, const QString& version,
                                      const ingest::ImportResult& result);
    // Marks a source failed with a message an analyst can act on, and logs it.
    Result<void> recordImportFailure(SourceId id, const QString& importer, const Error& error);

    // Column-mapping profiles for tables (TableProfile as JSON), saved in the case so the next
    // export from the same carrier or bank imports the same way. Saving is audited.
    Result<void> saveTableProfile(const QString& name, const QJsonObject& profile);
    Result<std::map<QString, QJsonObject>> tableProfiles() const;

    // The named charts of the case, to read and edit (the handle lives as long as this store).
    ChartStore charts() const;
    // What the case holds, a page at a time, its networks, evidence and search (the same
    // lifetime).
    FactStore facts() const;
    // The window's tables of entities, links and events, a page at a time (the same lifetime).
    TableStore tables() const;
    // The analyst's decisions: merges and splits, roles, drawn links (the same lifetime).
    DecisionStore decisions() const;
    // What the case's analyses read and write: photo hashes, ad texts, found links, ad
    // templates, suggested merges (the same lifetime).
    AnalysisStore analyses() const;
    // Audit log rows, oldest first; `limit` > 0 keeps the newest.
    Result<std::vector<AuditEntry>> auditLog(int limit = 0) const;
    // Records an action (an export, a viewed exhibit ...) that changes nothing else in the store.
    Result<AuditEntry> recordAction(const QString& action, const QJsonObject& details);

    // Walks the audit chain, re-hashes every stored original and runs SQLite's integrity check.
    Result<VerificationReport> verify(const ProgressCallback& progress = {}) const;

private:
    explicit CaseStore(std::unique_ptr<Database> database);
    std::unique_ptr<Database> m_database;
};

} // namespace threadline::store
