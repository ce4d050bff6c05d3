#pragma once

#include "ingest/ImporterRegistry.h"
#include "store/CaseStore.h"
#include "store/ImportSession.h"
#include "store/WriteBatch.h"

#include <QElapsedTimer>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace threadline::jobs {

// What happened to one file (or a file found inside one) during an import.
struct ImportedFile {
    QString name; // path as given, or "parent.eml › attachment.pdf" for a child
    SourceId source;
    int depth = 0;
    bool duplicate = false; // identical bytes were already in the case and imported
    bool ok = false;
    QString importer;
    QString error; // why it failed, when !ok
    QStringList warnings;
    store::ImportCounts counts;
};

struct ImportSummary {
    std::vector<ImportedFile> files;
    bool cancelled = false;

    int failed() const;
    int imported() const;
};

struct ImportOptions {
    QString region = QStringLiteral("US");
    QJsonObject tableProfile; // column mapping for every table in this import; empty: detect
    ingest::ImportLimits limits;
    SourceMetadata metadata;
    // Called for each file once all it wrote is committed to the case (durable): small files
    // are committed a batch at a time, so this comes after the file's import, in order.
    std::function<void(const ImportedFile&)> committed;
};

// Reports the file being worked on and the fraction done over the whole job; false cancels.
using ImportProgress = std::function<bool(const QString& file, double fraction)>;

// Brings files into a case: stores each original, chooses an importer, writes what it found in
// one transaction per source, and goes on after a failure, which is recorded on that source.
// Small files share a commit, a batch at a time (each still all or nothing within it).
// Files inside containers become child sources and are imported in turn. It sits above both
// the importers (core/ingest) and the store, which know nothing of each other. Runs on the calling
// thread: the UI runs it on a worker with its own CaseStore.
class ImportJob {
public:
    ImportJob(store::CaseStore& store, const ingest::ImporterRegistry& registry,
              ImportOptions options);

    // Folders are walked recursively, in name order.
    ImportSummary run(const QStringList& paths, const ImportProgress& progress = {});

private:
    // The importer sees the first bytes to decide whether it fits.
    static constexpr qsizetype kHeadBytes = 8192;

    // The source being imported: stored already, or stored by `store` when the import first
    // needs it (its first write, its failure, its cancelling), so that a big file's importer
    // reads on every core while the writer thread stores the original.
    struct SourceToImport {
        QString name;
        QString mediaType;
        std::int64_t size = 0;
        std::optional<Source> stored;
        std::function<Result<Source>()> store; // while not stored
        explicit SourceToImport(const Source& source);
        SourceToImport(const store::PreparedSource& prepared, std::int64_t size,
                       std::function<Result<Source>()> store);
        Result<Source> ensureStored();
    };

    // The transaction small files share, committed when it holds enough or before a file
    // too big or too slow to import inside it (the case stays locked while a batch is open).
    struct Batch {
        std::optional<store::WriteBatch> writes;
        int sources = 0;
        std::int64_t bytes = 0;
        QElapsedTimer opened;
        bool full() const;
    };

    // What the read-ahead worker did with a file before its turn (all empty when it did nothing).
    struct ImportedAhead {
        const ingest::Importer* importer;
        Result<ingest::ImportResult> result;
    };
    struct ReadFile {
        std::optional<QByteArray> bytes;
        std::optional<store::PreparedSource> prepared; // hashed and typed, `existing` not known
        std::optional<ImportedAhead> imported;         // small files only
    };

    ReadFile readFile(const QString& path) const;
    ingest::ImportContext contextFor(const QString& name, const QString& mediaType,
                                     int depth) const;
    void importPath(const QString& path, ReadFile read);
    void joinBatch(std::int64_t size, const QString& mediaType);
    void commitBatch();
    void acknowledgeCommitted();
    void reportNotAdded(const QString& path, const Error& error);
    bool isDuplicate(const QString& path, const Source* existing);
    // `bytes`: the source's bytes when the caller has them; without them the stored original
    // is read (the source must be stored then).
    void importSource(SourceToImport source, const QString& shownName, int depth,
                      std::optional<QByteArray> bytes = {},
                      std::optional<ImportedAhead> imported = {});
    Result<ingest::ImportResult>
    readAndWrite(const ingest::Importer& importer, const QByteArray& bytes,
                 ingest::ImportContext& context, SourceToImport& source, ImportedFile& outcome,
                 std::optional<ImportedAhead> imported, QIODevice* parts = nullptr);
    Result<ingest::ImportResult> readWhole(SourceToImport& source, ingest::ImportContext& context,
                                           ImportedFile& outcome,
                                           std::optional<QByteArray> bytesGiven,
                                           std::optional<ImportedAhead> imported);
    Result<ingest::ImportResult> readInParts(SourceToImport& source, ingest::ImportContext& context,
                                             ImportedFile& outcome);
    bool readableInParts(const QString& path) const;
    // Files found inside a source (ImportJobChildren.cpp): stored as sources of their own with
    // the source as parent, then imported in turn. An importer hands them over either at its end
    // (among its result's children) or as it reads them (ImportContext::storeChild).
    struct StoredChild {
        QString shownName; // "evidence.zip › phone/contacts.vcf"
        Result<store::AddSourceResult> added;
    };
    StoredChild storeChild(const Source& parent, const QString& shownName, QIODevice& content,
                           const QString& name, int depth);
    Result<void> storeStreamedChild(SourceToImport& parent, const QString& parentName, int depth,
                                    const QString& name, QIODevice& content,
                                    std::vector<StoredChild>& stored);
    void importChildren(const Source& parent, const QString& shownName,
                        std::vector<ingest::ChildFile> children, int depth);
    void importStoredChildren(std::vector<StoredChild> children, int depth);
    void importStoredChild(StoredChild child, int depth, std::optional<QByteArray> bytes = {});
    static ImportedFile failedFile(const QString& name, int depth, const QString& error);
    static ImportedFile duplicateFile(const QString& name, int depth, const Source& existing);
    std::function<bool(double)> fileProgress(const QString& name);

    store::CaseStore& m_store;
    const ingest::ImporterRegistry& m_registry;
    ImportOptions m_options;
    ImportProgress m_progress;
    ImportSummary m_summary;
    Batch m_batch;
    std::size_t m_acknowledged = 0; // files of m_summary passed to m_options.committed
    int m_fileIndex = 0;
    int m_fileCount = 0;
};

// Every regular file under `paths` (folders walked recursively, sorted), or an error naming
// a path that does not exist.
Result<QStringList> expandPaths(const QStringList& paths);

} // namespace threadline::jobs
