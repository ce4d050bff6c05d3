#pragma once

#include <cstddef>
#include <functional>

namespace threadline {

// The machine's cores (at least 1).
std::size_t coreCount();

// Lowers the calling thread's scheduling priority a little, so that when threads outnumber cores
// the others (a database writer waiting on this thread's results) keep theirs. Linux only; a
// no-op elsewhere.
void yieldPriorityToOthers();

// How many threads runInRanges() uses for `count` items: one per core, each with at least
// `minimumPerWorker` items (so small inputs stay on one thread).
std::size_t rangeWorkers(std::size_t count, std::size_t minimumPerWorker);

// Splits [0, count) into rangeWorkers() contiguous ranges and runs work(worker, first, last) on
// each in its own thread. The calling thread calls `whileWaiting` about every 100 ms until all
// are done (to report progress, or to ask the workers to stop), then rethrows what a worker threw.
// With one range and nothing to call while waiting, the work runs on the calling thread.
void runInRanges(
    std::size_t count, std::size_t minimumPerWorker,
    const std::function<void(std::size_t worker, std::size_t first, std::size_t last)>& work,
    const std::function<void()>& whileWaiting = {});

} // namespace threadline
