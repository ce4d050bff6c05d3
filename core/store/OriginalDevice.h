#pragma once

#include "model/Ids.h"

#include <QIODevice>

#include <cstdint>

namespace threadline::store {

class Database;

// A stored original read as a device, one chunk of the case at a time: an importer that reads in
// parts (an mbox of gigabytes) reads it from the case without holding it whole. Sequential;
// reads on the connection it was opened on, so it must not outlive that CaseStore.
class OriginalDevice : public QIODevice {
public:
    OriginalDevice(Database& database, SourceId source, std::int64_t size);

    bool isSequential() const override { return true; }
    qint64 size() const override { return m_size; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool loadNextChunk();

    Database& m_database;
    SourceId m_source;
    std::int64_t m_size;
    std::int64_t m_nextChunk = 0;
    std::int64_t m_delivered = 0;
    QByteArray m_chunk;
    qsizetype m_chunkRead = 0;
};

} // namespace threadline::store
