#include "util/Parallel.h"

#include <QThread>

#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <future>
#include <vector>

namespace threadline {

std::size_t coreCount() {
    return std::size_t(std::max(1, QThread::idealThreadCount()));
}

void yieldPriorityToOthers() {
#ifdef __linux__
    // On Linux a thread's nice value is its own: this leaves the rest of the process alone.
    const auto thread = id_t(syscall(SYS_gettid));
    errno = 0;
    const int nice = getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        (void)setpriority(PRIO_PROCESS, thread, std::min(nice + 5, 19));
#endif
}

std::size_t rangeWorkers(std::size_t count, std::size_t minimumPerWorker) {
    return std::clamp<std::size_t>(count / std::max<std::size_t>(minimumPerWorker, 1), 1,
                                   coreCount());
}

void runInRanges(std::size_t count, std::size_t minimumPerWorker,
                 const std::function<void(std::size_t, std::size_t, std::size_t)>& work,
                 const std::function<void()>& whileWaiting) {
    const std::size_t workers = rangeWorkers(count, minimumPerWorker);
    if (workers == 1 && !whileWaiting) { // a thread would cost more than small work itself
        work(0, 0, count);
        return;
    }
    std::vector<std::future<void>> running;
    for (std::size_t worker = 0; worker < workers; ++worker)
        running.push_back(std::async(std::launch::async, work, worker, count * worker / workers,
                                     count * (worker + 1) / workers));
    for (std::future<void>& worker : running)
        while (worker.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready)
            if (whileWaiting)
                whileWaiting();
    for (std::future<void>& worker : running)
        worker.get();
}

} // namespace threadline
