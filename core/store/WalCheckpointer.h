#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace threadline::store {

// Copies committed pages from a case's write-ahead log into the case file on a thread and
// connection of its own, so a commit returns once its log is safely on disk. SQLite's automatic
// checkpoint runs inside the commit that crosses its threshold, and after a big import that is a
// second write of every page the analyst would wait for (SQLite's WAL documentation suggests this
// arrangement for applications that care about commit latency). A checkpoint that cannot finish
// (a reader still needs old pages) is simply tried again after the next commit; nothing is lost,
// since committed pages are durable in the log.
class WalCheckpointer {
public:
    explicit WalCheckpointer(QString path);
    ~WalCheckpointer(); // finishes the checkpoint under way, then closes its connection
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    // Asks for a checkpoint soon; returns at once.
    void request();
    // Blocks until every checkpoint asked for so far has run (for tests and benchmarks).
    void waitUntilIdle();

private:
    void run();
    void checkpoint();

    QString m_path;
    sqlite3* m_connection = nullptr; // opened on the thread, at the first request
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_requested = false;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread; // last: starts after the members it uses exist
};

} // namespace threadline::store
