#include "ingest/archive/ArchiveReader.h"

#include <archive.h>
#include <archive_entry.h>

namespace threadline::ingest {

namespace {

// Allowance on top of the ratio, so that small archives of well-compressible text pass.
constexpr std::int64_t kRatioSlackBytes = 10 << 20;
constexpr qint64 kDeviceBlockBytes = 64 * 1024;

} // namespace

// libarchive's handle and the callbacks that feed it from the device.
struct ArchiveReader::Handle {
    archive* reader = archive_read_new();
    QIODevice* device = nullptr;
    QByteArray block = QByteArray(kDeviceBlockBytes, Qt::Uninitialized);

    ~Handle() { archive_read_free(reader); }

    static la_ssize_t read(archive*, void* self, const void** buffer) {
        auto* handle = static_cast<Handle*>(self);
        *buffer = handle->block.constData();
        return handle->device->read(handle->block.data(), handle->block.size());
    }
    // A sequential device skips by reading, which libarchive does itself when told 0.
    static la_int64_t skip(archive*, void* self, la_int64_t request) {
        auto* handle = static_cast<Handle*>(self);
        if (handle->device->isSequential())
            return 0;
        const qint64 target = std::min(handle->device->pos() + request, handle->device->size());
        const qint64 skipped = target - handle->device->pos();
        return handle->device->seek(target) ? skipped : 0;
    }
    static la_int64_t seek(archive*, void* self, la_int64_t offset, int whence) {
        QIODevice& device = *static_cast<Handle*>(self)->device;
        const qint64 base = whence == SEEK_SET   ? 0
                            : whence == SEEK_CUR ? device.pos()
                                                 : device.size();
        return device.seek(base + offset) ? device.pos() : ARCHIVE_FATAL;
    }
};

ArchiveReader::ArchiveReader(QIODevice& device, const ImportContext& context)
    : m_device(device)
    , m_context(context)
    , m_handle(std::make_unique<Handle>()) {
    m_handle->device = &device;
}

ArchiveReader::~ArchiveReader() = default;

Result<void> ArchiveReader::open() {
    archive* reader = m_handle->reader;
    archive_read_support_filter_all(reader);
    archive_read_support_format_all(reader);
    archive_read_support_format_raw(reader); // a lone .gz or .xz file
    archive_read_set_callback_data(reader, m_handle.get());
    archive_read_set_read_callback(reader, &Handle::read);
    archive_read_set_skip_callback(reader, &Handle::skip);
    if (!m_device.isSequential())
        archive_read_set_seek_callback(reader, &Handle::seek);
    if (archive_read_open1(reader) != ARCHIVE_OK)
        return std::unexpected(libarchiveError(QStringLiteral("header")));
    return {};
}

Result<bool> ArchiveReader::next() {
    const int status = archive_read_next_header(m_handle->reader, &m_entry);
    if (status == ARCHIVE_EOF) {
        m_entry = nullptr;
        return false;
    }
    ++m_index;
    if (status < ARCHIVE_WARN)
        return std::unexpected(libarchiveError(QStringLiteral("member %1").arg(m_index)));
    if (m_index > m_context.limits.maxMembers)
        return std::unexpected(error(QStringLiteral("more than %1 members; too many to import")
                                         .arg(m_context.limits.maxMembers)));
    m_compressedBefore += m_memberCompressed;
    m_memberCompressed = 0;
    m_memberStart = compressedPosition();
    return true;
}

QString ArchiveReader::name() const {
    if (!m_entry)
        return {};
    const char* utf8 = archive_entry_pathname_utf8(m_entry);
    return utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(m_entry));
}

bool ArchiveReader::isFile() const {
    return m_entry && archive_entry_filetype(m_entry) == AE_IFREG;
}

QString ArchiveReader::where() const {
    return QStringLiteral("member %1 (%2)").arg(m_index).arg(name());
}

Result<qint64> ArchiveReader::read(char* data, qint64 maxSize) {
    const la_ssize_t read = archive_read_data(m_handle->reader, data, size_t(maxSize));
    if (read < 0)
        return std::unexpected(libarchiveError(where()));
    m_expanded += read;
    m_memberCompressed = std::max<std::int64_t>(0, compressedPosition() - m_memberStart);
    if (auto exceeded = overLimit())
        return std::unexpected(error(*exceeded));
    return qint64(read);
}

Result<QByteArray> ArchiveReader::readAll(std::int64_t maxBytes) {
    QByteArray bytes;
    char buffer[64 * 1024];
    for (;;) {
        auto read = this->read(buffer, sizeof buffer);
        if (!read)
            return std::unexpected(read.error());
        if (*read == 0)
            return bytes;
        if (bytes.size() + *read > maxBytes)
            return std::unexpected(
                error(QStringLiteral("member is over the %1-byte limit").arg(maxBytes)));
        bytes.append(buffer, *read);
    }
}

double ArchiveReader::fraction() const {
    const qint64 size = m_device.size();
    return size > 0 ? std::clamp(double(m_device.pos()) / double(size), 0.0, 1.0) : 0.0;
}

// The compressed bytes libarchive has consumed from the device so far (for a ZIP read by its
// central directory, the offset it reached): a member's compressed size is how far this moved
// while its data was read. Only members read count, not the central directory or skipped ones.
std::int64_t ArchiveReader::compressedPosition() const {
    return archive_filter_bytes(m_handle->reader, -1);
}

std::optional<QString> ArchiveReader::overLimit() const {
    const ImportLimits& limits = m_context.limits;
    const std::int64_t compressed = m_compressedBefore + m_memberCompressed;
    const auto allowed =
        std::int64_t(double(compressed) * limits.maxExpansionRatio) + kRatioSlackBytes;
    if (m_expanded > allowed)
        return QStringLiteral("the archive expands more than %1 times the compressed bytes read "
                              "(%2 bytes from %3): a decompression bomb; stopped")
            .arg(limits.maxExpansionRatio)
            .arg(m_expanded)
            .arg(compressed);
    if (m_expanded > limits.maxExpandedBytes)
        return QStringLiteral("the archive expands to more than the %1-byte limit for one "
                              "container; too large to import")
            .arg(limits.maxExpandedBytes);
    return std::nullopt;
}

Error ArchiveReader::error(const QString& what) const {
    return Error{ErrorCode::InvalidArgument, what, m_context.fileName,
                 m_entry ? where() : QString()};
}

Error ArchiveReader::libarchiveError(const QString& where) const {
    const char* message = archive_error_string(m_handle->reader);
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("the archive cannot be read: %1")
                     .arg(message ? QString::fromUtf8(message)
                                  : QStringLiteral("unknown format or damaged")),
                 m_context.fileName, where};
}

ArchiveMemberDevice::ArchiveMemberDevice(ArchiveReader& reader)
    : m_reader(reader) {
    open(QIODevice::ReadOnly);
}

qint64 ArchiveMemberDevice::readData(char* data, qint64 maxSize) {
    if (m_failure)
        return -1;
    auto read = m_reader.read(data, maxSize);
    if (read)
        return *read;
    m_failure = read.error();
    setErrorString(read.error().message);
    return -1;
}

} // namespace threadline::ingest
