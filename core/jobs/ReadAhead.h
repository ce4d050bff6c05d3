#pragma once

#include <QStringList>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace threadline::jobs {

// Runs `prepare` on the next files of a list on a worker thread while the caller works on the
// current one, and hands the results over in the list's order. An import uses it to read, hash
// and parse small files while the case is written: writing the case is one thread's work, and
// on a folder of small files parsing took as long as writing. At most `depth` results wait to be
// taken, which bounds the memory they hold.
template <typename Prepared> class ReadAhead {
public:
    using Prepare = std::function<Prepared(const QString& path)>;

    ReadAhead(QStringList paths, Prepare prepare, std::size_t depth)
        : m_paths(std::move(paths))
        , m_prepare(std::move(prepare))
        , m_depth(depth)
        , m_worker([this] { work(); }) {}

    // The file being prepared is finished first; the rest are not begun.
    ~ReadAhead() {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }

    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // The next file's result, in the list's order (waits for it); once per path.
    Prepared takeNext() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.empty(); });
        Prepared prepared = std::move(m_ready.front());
        m_ready.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return prepared;
    }

private:
    // A file whose preparing threw is handed over unprepared: the caller then does the work
    // itself, on its own thread, where the error surfaces as it would without reading ahead.
    Prepared prepareOrNothing(const QString& path) {
        try {
            return m_prepare(path);
        } catch (...) {
            return Prepared{};
        }
    }

    void work() {
        for (const QString& path : m_paths) {
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stopped || m_ready.size() < m_depth; });
                if (m_stopped)
                    return;
            }
            Prepared prepared = prepareOrNothing(path);
            {
                std::lock_guard lock(m_mutex);
                m_ready.push_back(std::move(prepared));
            }
            m_changed.notify_all();
        }
    }

    const QStringList m_paths;
    const Prepare m_prepare;
    const std::size_t m_depth;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Prepared> m_ready;
    bool m_stopped = false;
    std::thread m_worker; // last: started once the rest is set up
};

} // namespace threadline::jobs
