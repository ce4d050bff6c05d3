#include "jobs/ImportJob.h"

#include "jobs/ReadAhead.h"
#include "util/WholeFile.h"

#include <QBuffer>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace threadline::jobs {

using namespace threadline::ingest; // the importers and their value types

namespace {

// Files read (and small ones parsed) ahead of their turn, at most (ImportJobBatches.cpp).
constexpr std::size_t kReadAheadFiles = 8;
// A file held whole is still read in parts past this size when its importer can: what a 300 MB
// mailbox held whole came to six times its size, a 33 MB call table (500,000 rows) to 1.5 GB.
constexpr qsizetype kReadInPartsAboveBytes = 8 << 20;

} // namespace

int ImportSummary::failed() const {
    return int(std::count_if(files.begin(), files.end(),
                             [](const ImportedFile& file) { return !file.ok; }));
}

int ImportSummary::imported() const {
    return int(files.size()) - failed();
}

ImportedFile ImportJob::failedFile(const QString& name, int depth, const QString& error) {
    ImportedFile file;
    file.name = name;
    file.depth = depth;
    file.error = error;
    return file;
}

// A file whose identical bytes were imported before: reported, not imported again.
ImportedFile ImportJob::duplicateFile(const QString& name, int depth, const Source& existing) {
    ImportedFile file;
    file.name = name;
    file.source = existing.id;
    file.depth = depth;
    file.duplicate = true;
    file.ok = existing.status != SourceStatus::Failed;
    file.importer = existing.importer;
    file.error = existing.error;
    file.warnings = existing.warnings;
    return file;
}

Result<QStringList> expandPaths(const QStringList& paths) {
    QStringList files;
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(ErrorCode::NotFound, QStringLiteral("no such file or folder"), path);
        if (!info.isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator walk(path, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
        while (walk.hasNext())
            found << walk.next();
        found.sort();
        files << found;
    }
    return files;
}

ImportJob::ImportJob(store::CaseStore& store, const ImporterRegistry& registry,
                     ImportOptions options)
    : m_store(store)
    , m_registry(registry)
    , m_options(std::move(options)) {}

ImportSummary ImportJob::run(const QStringList& paths, const ImportProgress& progress) {
    m_progress = progress;
    m_summary = {};
    auto files = expandPaths(paths);
    if (!files) {
        m_summary.files.push_back(failedFile(files.error().file, 0, files.error().message));
        return m_summary;
    }
    m_fileCount = int(files->size());
    ReadAhead<ReadFile> ahead(
        *files, [this](const QString& path) { return readFile(path); }, kReadAheadFiles);
    for (m_fileIndex = 0; m_fileIndex < m_fileCount && !m_summary.cancelled; ++m_fileIndex) {
        importPath((*files)[m_fileIndex], ahead.takeNext());
        if (!m_batch.writes)
            acknowledgeCommitted();
    }
    commitBatch(); // also when cancelled: what was imported before stays imported
    return m_summary;
}

std::function<bool(double)> ImportJob::fileProgress(const QString& name) {
    return [this, name](double fraction) {
        const double overall =
            (m_fileIndex + std::clamp(fraction, 0.0, 1.0)) / std::max(m_fileCount, 1);
        if (m_progress && !m_progress(name, overall))
            m_summary.cancelled = true;
        return !m_summary.cancelled;
    };
}

ImportJob::SourceToImport::SourceToImport(const Source& source)
    : name(source.name)
    , mediaType(source.mediaType)
    , size(source.size)
    , stored(source) {}

ImportJob::SourceToImport::SourceToImport(const store::PreparedSource& prepared, std::int64_t size,
                                          std::function<Result<Source>()> store)
    : name(prepared.name)
    , mediaType(prepared.mediaType)
    , size(size)
    , store(std::move(store)) {}

Result<Source> ImportJob::SourceToImport::ensureStored() {
    if (!stored) {
        auto added = store();
        if (!added)
            return added;
        stored = *added;
    }
    return *stored;
}

ImportContext ImportJob::contextFor(const QString& name, const QString& mediaType,
                                    int depth) const {
    ImportContext context;
    context.fileName = name;
    context.mediaType = mediaType;
    context.region = m_options.region;
    context.tableProfile = m_options.tableProfile;
    context.depth = depth;
    context.limits = m_options.limits;
    return context;
}

// A file that fits the importers' limit is read once: the bytes that are hashed and stored are
// the bytes imported, and the stored copy is not read back. Its original is stored when the
// import first writes, so the importer's workers are already reading it meanwhile (storing
// 136 MB takes half a second). A bigger file is stored from disk in chunks and read back from
// the case a part at a time when its importer reads in parts (an mbox of gigabytes); any other is
// refused before anything of it is stored (it was once copied into the case first, gigabytes of
// case and log, and refused after). One that cannot be read whole (it changes, or the device
// fails) is stored from disk, which names what went wrong.
void ImportJob::importPath(const QString& path, ReadFile read) {
    auto progress = fileProgress(path);
    const store::ProgressCallback hashing = [&](std::int64_t done, std::int64_t total) {
        return progress(total > 0 ? 0.2 * double(done) / double(total) : 0.0);
    };
    const QFileInfo info(path);
    if (info.size() > m_options.limits.maxBytes && !readableInParts(path)) {
        const QLocale locale = QLocale::system();
        return reportNotAdded(
            path, Error{ErrorCode::InvalidArgument,
                        QStringLiteral("the file is %1, over the %2 one file may have to be "
                                       "imported whole, and not of a kind read in parts; "
                                       "nothing of it was stored")
                            .arg(locale.formattedDataSize(info.size()),
                                 locale.formattedDataSize(m_options.limits.maxBytes)),
                        path,
                        {}});
    }
    QFile file(path);
    std::optional<QByteArray> bytes = std::move(read.bytes);
    if (!bytes && info.size() <= m_options.limits.maxBytes && file.open(QIODevice::ReadOnly))
        bytes = readWholeFile(file);
    if (!bytes) {
        auto added = m_store.addSource(path, m_options.metadata, hashing);
        if (added && !isDuplicate(path, added->duplicate ? &added->source : nullptr))
            importSource(SourceToImport(added->source), path, 0);
        else if (!added)
            reportNotAdded(path, added.error());
        return;
    }
    QBuffer buffer(&*bytes);
    buffer.open(QIODevice::ReadOnly);
    auto prepared = read.prepared ? Result<store::PreparedSource>(std::move(*read.prepared))
                                  : m_store.prepareSource(buffer, info.fileName(),
                                                          info.absoluteFilePath(), hashing);
    if (prepared && read.prepared) {
        if (!hashing(0, 0))
            return; // cancelled
        if (auto found = m_store.findExisting(*prepared); !found)
            prepared = std::unexpected(found.error());
    }
    if (!prepared)
        return reportNotAdded(path, prepared.error());
    if (isDuplicate(path, prepared->existing ? &*prepared->existing : nullptr))
        return;
    buffer.close();
    if (prepared->existing) // stored before but never imported
        return importSource(SourceToImport(*prepared->existing), path, 0, std::move(bytes),
                            std::move(read.imported));
    auto store = [this, held = *bytes, prepared = *prepared]() mutable {
        QBuffer device(&held); // shares the bytes being imported, no copy
        device.open(QIODevice::ReadOnly);
        return m_store.storePreparedSource(device, prepared, m_options.metadata);
    };
    const std::int64_t size = bytes->size();
    importSource(SourceToImport(*prepared, size, std::move(store)), path, 0, std::move(bytes),
                 std::move(read.imported));
}

void ImportJob::reportNotAdded(const QString& path, const Error& error) {
    if (error.code != ErrorCode::Cancelled)
        m_summary.files.push_back(failedFile(path, 0, error.toString()));
}

// A file whose bytes the case holds already and has imported (or failed to) is reported, not
// imported again; one that was only stored is imported now.
bool ImportJob::isDuplicate(const QString& path, const Source* existing) {
    if (!existing || existing->status == SourceStatus::Stored)
        return false;
    m_summary.files.push_back(duplicateFile(path, 0, *existing));
    return true;
}

void ImportJob::importSource(SourceToImport source, const QString& shownName, int depth,
                             std::optional<QByteArray> bytesGiven,
                             std::optional<ImportedAhead> imported) {
    joinBatch(source.size, source.mediaType);
    ImportedFile outcome;
    outcome.name = shownName;
    outcome.depth = depth;
    ImportContext context = contextFor(source.name, source.mediaType, depth);
    context.progress = fileProgress(shownName);

    std::vector<StoredChild> storedChildren; // found and stored while the source is read
    context.storeChild = [&](const QString& name, QIODevice& content, const JsonText&) {
        return storeStreamedChild(source, shownName, depth + 1, name, content, storedChildren);
    };
    const bool inParts = !bytesGiven && source.size > m_options.limits.maxBytes;
    Result<ImportResult> result =
        inParts ? readInParts(source, context, outcome)
                : readWhole(source, context, outcome, std::move(bytesGiven), std::move(imported));
    // Whatever happened, the original is kept: a cancelled source can be imported again, and a
    // failure is recorded on it.
    auto stored = source.ensureStored();
    if (m_summary.cancelled)
        return;
    if (!stored) {
        outcome.ok = false;
        result = std::unexpected(stored.error());
    }
    outcome.source = stored ? stored->id : SourceId{};
    if (!outcome.ok) {
        // The summary already names the file; say only where inside it and what went wrong.
        Error error = result.error();
        error.file.clear();
        outcome.error = error.toString();
        if (stored)
            (void)m_store.recordImportFailure(stored->id, outcome.importer, error);
    }
    m_summary.files.push_back(outcome);
    if (outcome.ok)
        importChildren(*stored, shownName, std::move(result->children), depth + 1);
    // Members stored before a failure (an archive damaged or a bomb further on) are whole and
    // kept, so they are imported too.
    importStoredChildren(std::move(storedChildren), depth + 1);
}

// A source held whole (or read whole from the case): its importer chosen by its first bytes.
Result<ImportResult> ImportJob::readWhole(SourceToImport& source, ImportContext& context,
                                          ImportedFile& outcome,
                                          std::optional<QByteArray> bytesGiven,
                                          std::optional<ImportedAhead> imported) {
    auto bytes = bytesGiven ? Result<QByteArray>(std::move(*bytesGiven))
                            : m_store.original(source.stored->id, m_options.limits.maxBytes);
    if (!bytes)
        return std::unexpected(bytes.error());
    const Importer* importer =
        imported ? imported->importer : m_registry.choose(bytes->left(kHeadBytes), context);
    outcome.importer = importer ? importer->name() : QString();
    if (!importer)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("no importer reads this kind of file (%1); the original is kept")
                        .arg(source.mediaType),
                    source.name);
    if (!imported && bytes->size() > kReadInPartsAboveBytes &&
        importer->readsInParts(bytes->left(kHeadBytes))) {
        QBuffer device(&*bytes);
        device.open(QIODevice::ReadOnly);
        return readAndWrite(*importer, {}, context, source, outcome, {}, &device);
    }
    return readAndWrite(*importer, *bytes, context, source, outcome, std::move(imported));
}

// A stored original over the limit for one file, read from the case's copy a part at a time by
// an importer that can (an mbox of gigabytes); any other is refused, its original kept.
Result<ImportResult> ImportJob::readInParts(SourceToImport& source, ImportContext& context,
                                            ImportedFile& outcome) {
    auto device = m_store.openOriginal(source.stored->id);
    if (!device)
        return std::unexpected(device.error());
    const QByteArray head = (*device)->peek(kHeadBytes);
    const Importer* importer = m_registry.choose(head, context);
    outcome.importer = importer ? importer->name() : QString();
    if (!importer || !importer->readsInParts(head))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the file is %1 bytes, over the %2 one file may have to be "
                                   "imported whole, and not of a kind read in parts; the original "
                                   "is kept")
                        .arg(source.size)
                        .arg(m_options.limits.maxBytes),
                    source.name);
    return readAndWrite(*importer, {}, context, source, outcome, {}, device->get());
}

// Whether the file on disk is of a kind an importer reads in parts (by its first bytes).
bool ImportJob::readableInParts(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(kHeadBytes);
    const ImportContext context = contextFor(QFileInfo(path).fileName(), {}, 0);
    const Importer* importer = m_registry.choose(head, context);
    return importer && importer->readsInParts(head);
}

// Runs the importer (unless it ran ahead) and writes what it finds: an importer that reads in parts
// has each part written while it reads the next. The whole source is one transaction, committed
// only when the importer succeeded, and begun only when there is something to write, so an importer
// that takes minutes (OCR) does not keep the case locked against the analyst's own edits meanwhile.
// `outcome` gets the counts and warnings.
Result<ImportResult> ImportJob::readAndWrite(const Importer& importer, const QByteArray& bytes,
                                             ImportContext& context, SourceToImport& source,
                                             ImportedFile& outcome,
                                             std::optional<ImportedAhead> imported,
                                             QIODevice* parts) {
    std::optional<store::ImportSession> session;
    auto write = [&](const ImportResult& part) -> Result<void> {
        if (!session) {
            auto stored = source.ensureStored();
            if (!stored)
                return std::unexpected(stored.error());
            auto begun = m_store.beginImport(stored->id, importer.name(), importer.version(),
                                             m_batch.writes ? &*m_batch.writes : nullptr);
            if (!begun)
                return std::unexpected(begun.error());
            session.emplace(std::move(*begun));
        }
        return session->write(part);
    };
    context.writePart = [&](ImportResult&& part) { return write(part); };
    Result<ImportResult> result = imported ? std::move(imported->result)
                                  : parts  ? importer.importInParts(*parts, context)
                                           : importer.import(bytes, context);
    if (!result)
        return result;
    if (auto written = write(*result); !written)
        return std::unexpected(written.error());
    auto counts = session->finish(result->warnings);
    if (!counts)
        return std::unexpected(counts.error());
    outcome.ok = true;
    outcome.counts = *counts;
    outcome.warnings = result->warnings;
    return result;
}

} // namespace threadline::jobs
