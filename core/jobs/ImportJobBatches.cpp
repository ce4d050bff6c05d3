// ImportJob: small files a batch at a time, and read ahead of their turn (see ImportJob.h).
#include "jobs/ImportJob.h"
#include "util/WholeFile.h"

#include <QBuffer>
#include <QFileInfo>

namespace threadline::jobs {

using namespace threadline::ingest;

namespace {

// A batch of small files is committed when it holds this many files or bytes, or has been
// open this long: a commit syncs the disk (a few milliseconds each), and a folder of 800 e-mails
// committed one by one wrote 300 times the mail's size (every commit rewrites the index pages it
// touched). The time bounds how long an analyst's own edit can wait for the case.
constexpr int kBatchSources = 256;
constexpr std::int64_t kBatchBytes = 32 << 20;
constexpr qint64 kBatchMilliseconds = 500;
// Files past this size, and kinds whose import may take seconds (OCR of scans and PDFs), are
// committed on their own, as before batching: the case is not locked while they are read.
constexpr std::int64_t kBatchFileBytes = 4 << 20;
// Files read ahead of their turn are of at most kBatchFileBytes; those of at most
// kImportAheadBytes are imported ahead too (in milliseconds: bigger ones are imported in their
// turn, where their progress is shown, they can be cancelled and are written in parts).
constexpr std::int64_t kImportAheadBytes = 256 << 10;

bool batchable(std::int64_t size, const QString& mediaType) {
    return size <= kBatchFileBytes && !mediaType.startsWith(QLatin1String("image/")) &&
           mediaType != QLatin1String("application/pdf");
}

} // namespace

bool ImportJob::Batch::full() const {
    return sources >= kBatchSources || bytes >= kBatchBytes ||
           opened.elapsed() >= kBatchMilliseconds;
}

// Called before each source is imported: opens a batch for a small one, commits the open batch
// first when it is full or when this source is to be committed on its own. A batch that cannot
// be begun (another program holds the case) leaves each source to its own transaction.
void ImportJob::joinBatch(std::int64_t size, const QString& mediaType) {
    const bool small = batchable(size, mediaType);
    if (m_batch.writes && (!small || m_batch.full()))
        commitBatch();
    if (!small)
        return;
    if (!m_batch.writes) {
        auto begun = m_store.beginBatch();
        if (!begun)
            return;
        m_batch.writes.emplace(std::move(*begun));
        m_batch.opened.start();
    }
    ++m_batch.sources;
    m_batch.bytes += size;
}

// When the commit fails (the disk is full, the device went away), nothing of the batch is in
// the case: its files are reported failed with the reason.
void ImportJob::commitBatch() {
    if (m_batch.writes) {
        auto committed = m_batch.writes->commit();
        if (!committed) {
            for (std::size_t index = m_acknowledged; index < m_summary.files.size(); ++index) {
                ImportedFile& file = m_summary.files[index];
                file.ok = false;
                file.source = {};
                file.error =
                    QStringLiteral("not saved in the case: %1").arg(committed.error().message);
            }
        }
        m_batch.writes.reset(); // rolls back what a failed commit left
        m_batch.sources = 0;
        m_batch.bytes = 0;
    }
    acknowledgeCommitted();
}

void ImportJob::acknowledgeCommitted() {
    for (; m_acknowledged < m_summary.files.size(); ++m_acknowledged)
        if (m_options.committed)
            m_options.committed(m_summary.files[m_acknowledged]);
}

// On the read-ahead worker: reads a file, hashes and types it, and imports a small one, all
// without the case (the importers never touch it). Whatever is left undone, importPath does.
ImportJob::ReadFile ImportJob::readFile(const QString& path) const {
    ReadFile read;
    const QFileInfo info(path);
    QFile file(path);
    if (info.size() > std::min(kBatchFileBytes, m_options.limits.maxBytes) ||
        !file.open(QIODevice::ReadOnly))
        return read;
    read.bytes = readWholeFile(file);
    if (!read.bytes)
        return read;
    QBuffer buffer(&*read.bytes);
    buffer.open(QIODevice::ReadOnly);
    auto prepared =
        store::CaseStore::describeSource(buffer, info.fileName(), info.absoluteFilePath());
    if (!prepared)
        return read;
    read.prepared = *prepared;
    if (read.bytes->size() > kImportAheadBytes ||
        !batchable(read.bytes->size(), prepared->mediaType))
        return read;
    const ImportContext context = contextFor(prepared->name, prepared->mediaType, 0);
    if (const Importer* importer = m_registry.choose(read.bytes->left(kHeadBytes), context))
        read.imported.emplace(ImportedAhead{importer, importer->import(*read.bytes, context)});
    return read;
}

} // namespace threadline::jobs
