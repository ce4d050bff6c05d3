#include "store/WalCheckpointer.h"

#include <QtGlobal>

#include <sqlite3.h>

namespace threadline::store {

WalCheckpointer::WalCheckpointer(QString path)
    : m_path(std::move(path))
    , m_thread([this] { run(); }) {}

WalCheckpointer::~WalCheckpointer() {
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
    sqlite3_close_v2(m_connection);
}

void WalCheckpointer::request() {
    {
        const std::lock_guard lock(m_mutex);
        m_requested = true;
    }
    m_changed.notify_all();
}

void WalCheckpointer::waitUntilIdle() {
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stopping || (!m_requested && !m_busy); });
}

void WalCheckpointer::run() {
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stopping || m_requested; });
        if (m_stopping)
            return;
        m_requested = false;
        m_busy = true;
        lock.unlock();
        checkpoint();
        lock.lock();
        m_busy = false;
        lock.unlock();
        m_changed.notify_all();
    }
}

void WalCheckpointer::checkpoint() {
    if (!m_connection) {
        const int opened = sqlite3_open_v2(m_path.toUtf8().constData(), &m_connection,
                                           SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
        // The log is synced before pages are copied and the case file after, as the writer's
        // own connection would (synchronous = FULL).
        if (opened != SQLITE_OK || sqlite3_exec(m_connection, "PRAGMA synchronous = FULL", nullptr,
                                                nullptr, nullptr) != SQLITE_OK) {
            qWarning("cannot open %s to checkpoint its log: %s", qPrintable(m_path),
                     sqlite3_errmsg(m_connection));
            sqlite3_close_v2(std::exchange(m_connection, nullptr));
            return;
        }
    }
    // PASSIVE copies what no reader still needs and never waits for a lock, so the writer and
    // the analyst's queries go on meanwhile.
    const int done = sqlite3_wal_checkpoint_v2(m_connection, nullptr, SQLITE_CHECKPOINT_PASSIVE,
                                               nullptr, nullptr);
    if (done != SQLITE_OK && done != SQLITE_BUSY)
        qWarning("checkpoint of %s failed: %s", qPrintable(m_path), sqlite3_errmsg(m_connection));
}

} // namespace threadline::store
