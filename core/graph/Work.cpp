#include "graph/Work.h"

#include "util/Parallel.h"

#include <atomic>

namespace threadline::graph {

namespace {

// Fewer items than this per core are not worth a thread.
constexpr std::size_t kItemsPerWorker = 16;

} // namespace

std::size_t parallelWorkers(std::size_t count) {
    return rangeWorkers(count, kItemsPerWorker);
}

std::unexpected<Error> cancelled() {
    return fail(ErrorCode::Cancelled, QStringLiteral("the analysis was cancelled"));
}

Result<void> forEachInParallel(std::size_t count,
                               const std::function<void(std::size_t, std::size_t)>& visit,
                               const Progress& progress) {
    std::atomic<std::size_t> next{0};
    std::atomic<std::size_t> done{0};
    std::atomic<bool> stop{false};
    const std::size_t workers = parallelWorkers(count);
    runInRanges(
        workers, 1,
        [&](std::size_t worker, std::size_t, std::size_t) {
            for (std::size_t item = next++; item < count && !stop; item = next++) {
                visit(worker, item);
                ++done;
            }
        },
        [&] {
            if (progress && !progress(std::int64_t(done), std::int64_t(count)))
                stop = true;
        });
    if (stop)
        return cancelled();
    if (progress)
        progress(std::int64_t(count), std::int64_t(count));
    return {};
}

} // namespace threadline::graph
