// ImportJob: files found inside a source (e-mail attachments, archive members), stored as sources
// of their own with that source as parent and imported after it.
#include "jobs/ImportJob.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <memory>

namespace threadline::jobs {

using namespace threadline::ingest;

namespace {

// A streamed child up to this size (or the limit for a file held whole, when lower) is held in
// memory to be hashed and stored; a bigger one (an archive's phone database of gigabytes) is
// spooled to a temporary file beside the case, so no member of any size is ever held whole.
constexpr std::int64_t kHeldChildBytes = 64 << 20;
constexpr qint64 kSpoolChunkBytes = 1 << 20;

// Reads a child from the importer's sequential device to its end, into memory or, past
// `heldBytes`, into a temporary file in `folder` (removed when the device is). Returns a
// seekable device over it, which the store reads twice (to hash, then to store).
Result<std::unique_ptr<QIODevice>> spool(QIODevice& content, const QString& name, qint64 heldBytes,
                                         const QString& folder) {
    QByteArray held;
    std::unique_ptr<QTemporaryFile> file;
    QByteArray chunk(kSpoolChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 read = content.read(chunk.data(), chunk.size());
        if (read < 0)
            return fail(ErrorCode::InvalidArgument, content.errorString(), name);
        if (read == 0)
            break;
        if (!file && held.size() + read > heldBytes) {
            file = std::make_unique<QTemporaryFile>(folder +
                                                    QStringLiteral("/.threadline-spool-XXXXXX"));
            if (!file->open() || file->write(held) != held.size())
                return fail(ErrorCode::Io,
                            QStringLiteral("cannot write a temporary file beside the case: %1")
                                .arg(file->errorString()),
                            name);
            held = QByteArray();
        }
        if (!file) {
            held.append(chunk.constData(), read);
        } else if (file->write(chunk.constData(), read) != read) {
            return fail(ErrorCode::Io,
                        QStringLiteral("cannot write a temporary file beside the case: %1")
                            .arg(file->errorString()),
                        name);
        }
    }
    if (file) {
        file->seek(0);
        return std::unique_ptr<QIODevice>(std::move(file));
    }
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(held);
    buffer->open(QIODevice::ReadOnly);
    return std::unique_ptr<QIODevice>(std::move(buffer));
}

} // namespace

// Stores `content` as a source with `parent` as its parent (nothing when nested too deep).
ImportJob::StoredChild ImportJob::storeChild(const Source& parent, const QString& shownName,
                                             QIODevice& content, const QString& name, int depth) {
    if (depth > m_options.limits.maxNestingDepth)
        return {shownName, fail(ErrorCode::InvalidArgument,
                                QStringLiteral("nested deeper than %1 containers; not imported")
                                    .arg(m_options.limits.maxNestingDepth))};
    SourceMetadata metadata = m_options.metadata;
    metadata.parent = parent.id;
    return {shownName, m_store.addSource(content, name, {}, metadata)};
}

// A child handed over while its parent is read (ImportContext::storeChild): the parent is
// stored first, the child read from the importer and stored at once, imported after the parent.
Result<void> ImportJob::storeStreamedChild(SourceToImport& parent, const QString& parentName,
                                           int depth, const QString& name, QIODevice& content,
                                           std::vector<StoredChild>& stored) {
    auto parentSource = parent.ensureStored();
    if (!parentSource)
        return std::unexpected(parentSource.error());
    const QString shownName = parentName + QStringLiteral(" › ") + name;
    const QString caseFolder =
        m_store.path().isEmpty() ? QDir::tempPath() : QFileInfo(m_store.path()).absolutePath();
    auto spooled =
        spool(content, name, std::min(kHeldChildBytes, m_options.limits.maxBytes), caseFolder);
    if (!spooled)
        return std::unexpected(spooled.error());
    stored.push_back(storeChild(*parentSource, shownName, **spooled, name, depth));
    return {};
}

void ImportJob::importChildren(const Source& parent, const QString& shownName,
                               std::vector<ChildFile> children, int depth) {
    for (ChildFile& child : children) {
        if (m_summary.cancelled)
            return;
        QBuffer buffer(&child.bytes);
        buffer.open(QIODevice::ReadOnly);
        StoredChild stored = storeChild(parent, shownName + QStringLiteral(" › ") + child.name,
                                        buffer, child.name, depth);
        buffer.close();
        const bool fits = child.bytes.size() <= m_options.limits.maxBytes;
        importStoredChild(std::move(stored), depth,
                          fits ? std::optional(std::move(child.bytes)) : std::nullopt);
    }
}

// A child stored while its parent's import was open in the case (an attachment of a mailbox read
// in parts) is gone again when that import failed and was rolled back: reported, not imported.
void ImportJob::importStoredChildren(std::vector<StoredChild> children, int depth) {
    for (StoredChild& child : children) {
        if (m_summary.cancelled)
            return;
        if (child.added && !m_store.source(child.added->source.id))
            child.added = fail(ErrorCode::InvalidArgument,
                               QStringLiteral("not kept: the import of the file it was found in "
                                              "failed; import that file again"));
        importStoredChild(std::move(child), depth);
    }
}

// Imports a stored child (from `bytes` when given, else from the case), or reports why not.
void ImportJob::importStoredChild(StoredChild child, int depth, std::optional<QByteArray> bytes) {
    if (!child.added) {
        m_summary.files.push_back(
            failedFile(child.shownName, depth, child.added.error().toString()));
    } else if (child.added->duplicate && child.added->source.status != SourceStatus::Stored) {
        m_summary.files.push_back(duplicateFile(child.shownName, depth, child.added->source));
    } else {
        importSource(SourceToImport(child.added->source), child.shownName, depth, std::move(bytes));
    }
}

} // namespace threadline::jobs
