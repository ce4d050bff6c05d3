#include "store/OriginalDevice.h"

#include "store/Database.h"

#include <algorithm>
#include <cstring>

namespace threadline::store {

OriginalDevice::OriginalDevice(Database& database, SourceId source, std::int64_t size)
    : m_database(database)
    , m_source(source)
    , m_size(size) {
    open(QIODevice::ReadOnly);
}

qint64 OriginalDevice::bytesAvailable() const {
    return m_size - m_delivered + QIODevice::bytesAvailable();
}

bool OriginalDevice::loadNextChunk() {
    auto select =
        m_database.cached("SELECT bytes FROM source_content WHERE source_id = ? AND seq = ?");
    if (!select) {
        setErrorString(select.error().message);
        return false;
    }
    (*select)->bind(1, m_source.value).bind(2, m_nextChunk);
    auto hasRow = (*select)->step();
    if (!hasRow || !*hasRow) {
        setErrorString(hasRow ? QStringLiteral("the stored original ends early")
                              : hasRow.error().message);
        (*select)->reset();
        return false;
    }
    m_chunk = (*select)->blob(0);
    (*select)->reset(); // a statement left on a row keeps the connection's read open
    m_chunkRead = 0;
    ++m_nextChunk;
    return true;
}

qint64 OriginalDevice::readData(char* data, qint64 maxSize) {
    qint64 copied = 0;
    while (copied < maxSize && m_delivered < m_size) {
        if (m_chunkRead == m_chunk.size() && !loadNextChunk())
            return copied > 0 ? copied : -1;
        const qint64 take = std::min<qint64>(maxSize - copied, m_chunk.size() - m_chunkRead);
        std::memcpy(data + copied, m_chunk.constData() + m_chunkRead, std::size_t(take));
        m_chunkRead += take;
        copied += take;
        m_delivered += take;
    }
    return copied;
}

} // namespace threadline::store
