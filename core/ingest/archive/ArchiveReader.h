#pragma once

#include "ingest/Importer.h"

#include <QIODevice>

#include <memory>

struct archive;
struct archive_entry;

namespace threadline::ingest {

// Reads an archive (ZIP, TAR plain or compressed, 7z, a lone .gz ...) from a device with
// libarchive, one member at a time, so an archive of any size is read without holding it: a
// seekable device (bytes in memory) lets ZIP be read by its central directory, a sequential one
// (a stored original read from the case) is read front to back.
//
// Guards against hostile archives as members expand: the members read may grow to at most
// maxExpansionRatio times the compressed bytes read for them (plus a small allowance, so short,
// well-compressible text passes), all together to maxExpandedBytes, and the archive may hold at
// most maxMembers entries. A bomb is stopped a few megabytes in, whether it is one member or
// many; the ratio is over the whole archive so that a sparse file beside compressed photos passes.
class ArchiveReader {
public:
    ArchiveReader(QIODevice& device, const ImportContext& context);
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader&) = delete;
    ArchiveReader& operator=(const ArchiveReader&) = delete;

    // Opens the archive (reads its first header bytes).
    Result<void> open();
    // Moves to the next entry; false at the end of the archive.
    Result<bool> next();

    // The current entry: its 1-based index, path, whether it is a regular file (folders, links
    // and devices carry no content of their own), and its place for messages: "member 3
    // (a/b.txt)".
    int index() const { return m_index; }
    QString name() const;
    bool isFile() const;
    QString where() const;

    // Reads the next bytes of the current member; 0 at its end. Fails when a limit is crossed or
    // the data is damaged, naming the member.
    Result<qint64> read(char* data, qint64 maxSize);
    // The whole current member, refused past `maxBytes`.
    Result<QByteArray> readAll(std::int64_t maxBytes);

    // How far through the device the reading is, 0..1, for progress.
    double fraction() const;

    Error error(const QString& what) const; // names the archive and the current member

private:
    Error libarchiveError(const QString& where) const;
    std::optional<QString> overLimit() const;
    std::int64_t compressedPosition() const;

    QIODevice& m_device;
    const ImportContext& m_context;
    struct Handle;
    std::unique_ptr<Handle> m_handle;
    archive_entry* m_entry = nullptr;
    int m_index = 0;
    std::int64_t m_expanded = 0;         // bytes of the members read so far
    std::int64_t m_compressedBefore = 0; // compressed bytes of the members before this one
    std::int64_t m_memberCompressed = 0; // and of this one so far
    std::int64_t m_memberStart = 0;      // the compressed position when the member's data began
};

// The current member of an ArchiveReader as a sequential device, so whoever takes a member (the
// import job storing it as a child source) reads it a chunk at a time. When reading fails (a
// limit crossed, damaged data) read() returns -1 and failure() says why.
class ArchiveMemberDevice final : public QIODevice {
public:
    explicit ArchiveMemberDevice(ArchiveReader& reader);
    bool isSequential() const override { return true; }
    const std::optional<Error>& failure() const { return m_failure; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    ArchiveReader& m_reader;
    std::optional<Error> m_failure;
};

} // namespace threadline::ingest
