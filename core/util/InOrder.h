#pragma once

#include "util/Parallel.h"

#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace threadline {

// Makes parts 0..count-1 on worker threads (one per core; `make` is told which worker, 0-based,
// so it can keep state per thread) and hands them to `consume` on the calling thread in order, so
// the caller can write part N while the workers make the next ones. At most `ahead` parts are made
// before the caller has taken them, which bounds memory. `consume` returning false stops the work:
// parts not yet begun are never made. What a worker throws is rethrown here after every thread has
// stopped. Workers yield priority to the caller (yieldPriorityToOthers): it usually serialises
// (a database writer) and would otherwise share its core with them. For the same reason the parts
// the caller is done with are destroyed by the workers: freeing a part full of small allocations
// costs the caller a tenth of the time it took to write it.
template <typename Part>
void makeInOrder(std::size_t count, std::size_t ahead,
                 const std::function<Part(std::size_t index, std::size_t worker)>& make,
                 const std::function<bool(Part&& part)>& consume) {
    struct Shared {
        std::mutex mutex;
        std::condition_variable changed;
        std::map<std::size_t, Part> made;
        std::vector<Part> spent; // consumed, for a worker to destroy
        std::size_t claimed = 0; // parts handed to a worker so far
        std::size_t taken = 0;   // parts the caller has taken
        bool stop = false;
        std::exception_ptr failure;
    } shared;

    auto work = [&](std::size_t worker) {
        yieldPriorityToOthers();
        for (;;) {
            std::unique_lock lock(shared.mutex);
            shared.changed.wait(lock, [&] {
                return shared.stop || shared.claimed >= count || !shared.spent.empty() ||
                       shared.claimed < shared.taken + ahead;
            });
            if (!shared.spent.empty()) {
                [[maybe_unused]] Part spent = std::move(shared.spent.back());
                shared.spent.pop_back();
                lock.unlock();
                continue; // `spent` is freed here, off the caller's thread
            }
            if (shared.stop || shared.claimed >= count)
                return;
            const std::size_t index = shared.claimed++;
            lock.unlock();
            try {
                Part part = make(index, worker);
                lock.lock();
                shared.made.emplace(index, std::move(part));
            } catch (...) {
                lock.lock();
                shared.failure = std::current_exception();
                shared.stop = true;
            }
            shared.changed.notify_all();
        }
    };
    std::vector<std::thread> workers;
    const std::size_t threads = std::min(count, coreCount());
    for (std::size_t i = 0; i < threads; ++i)
        workers.emplace_back(work, i);

    std::exception_ptr consumerFailure;
    try {
        for (std::size_t index = 0; index < count; ++index) {
            std::unique_lock lock(shared.mutex);
            shared.changed.wait(lock,
                                [&] { return shared.failure || shared.made.contains(index); });
            if (shared.failure)
                break;
            auto node = shared.made.extract(index);
            shared.taken = index + 1;
            lock.unlock();
            shared.changed.notify_all();
            const bool more = consume(std::move(node.mapped()));
            lock.lock();
            shared.spent.push_back(std::move(node.mapped()));
            lock.unlock();
            shared.changed.notify_one();
            if (!more)
                break;
        }
    } catch (...) {
        consumerFailure = std::current_exception();
    }
    {
        const std::lock_guard lock(shared.mutex);
        shared.stop = true;
    }
    shared.changed.notify_all();
    for (std::thread& worker : workers)
        worker.join();
    if (consumerFailure)
        std::rethrow_exception(consumerFailure);
    if (shared.failure)
        std::rethrow_exception(shared.failure);
}

} // namespace threadline
