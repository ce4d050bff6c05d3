#include "util/InOrder.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <utility>

using namespace threadline;

namespace {

// Later parts are quicker to make, so workers finish out of order.
int slowlyMade(std::size_t index, std::size_t count) {
    std::this_thread::sleep_for(std::chrono::microseconds(200 * (count - index)));
    return int(index) * 10;
}

// A part that notes, when it is destroyed, whether that happened on the thread that took it.
struct Tracked {
    std::atomic<int>* onTaker = nullptr;
    std::thread::id taker;
    Tracked() = default;
    Tracked(std::atomic<int>& count, std::thread::id takerThread)
        : onTaker(&count)
        , taker(takerThread) {}
    Tracked(Tracked&& other) noexcept
        : onTaker(std::exchange(other.onTaker, nullptr))
        , taker(other.taker) {}
    Tracked& operator=(Tracked&&) = delete;
    ~Tracked() {
        if (onTaker && std::this_thread::get_id() == taker)
            ++*onTaker;
    }
};

} // namespace

TEST_CASE("parts made on workers are taken in order", "[util][parallel]") {
    constexpr std::size_t count = 40;
    std::vector<int> taken;
    makeInOrder<int>(
        count, 4, [&](std::size_t index, std::size_t) { return slowlyMade(index, count); },
        [&](int&& part) {
            taken.push_back(part);
            return true;
        });
    REQUIRE(taken.size() == count);
    for (std::size_t i = 0; i < count; ++i)
        CHECK(taken[i] == int(i) * 10);
}

TEST_CASE("workers make no more than the allowed parts ahead of the taker", "[util][parallel]") {
    std::atomic<int> made = 0;
    int mostAhead = 0;
    int takenSoFar = 0;
    makeInOrder<int>(
        30, 3,
        [&](std::size_t index, std::size_t) {
            ++made;
            return int(index);
        },
        [&](int&&) {
            std::this_thread::sleep_for(std::chrono::milliseconds(2)); // a slow writer
            ++takenSoFar;
            mostAhead = std::max(mostAhead, made.load() - takenSoFar);
            return true;
        });
    CHECK(takenSoFar == 30);
    CHECK(mostAhead <= 3);
}

TEST_CASE("a taker that says stop ends the work early", "[util][parallel]") {
    std::atomic<int> made = 0;
    int taken = 0;
    makeInOrder<int>(
        1000, 2,
        [&](std::size_t index, std::size_t) {
            ++made;
            return int(index);
        },
        [&](int&&) { return ++taken < 5; });
    CHECK(taken == 5);
    CHECK(made < 20); // the other 980-odd parts were never made
}

TEST_CASE("what a worker throws reaches the caller after the workers stop", "[util][parallel]") {
    auto run = [] {
        makeInOrder<int>(
            100, 4,
            [](std::size_t index, std::size_t) {
                if (index == 7)
                    throw std::runtime_error("part 7 is broken");
                return int(index);
            },
            [](int&&) { return true; });
    };
    CHECK_THROWS_WITH(run(), "part 7 is broken");
}

TEST_CASE("each worker is told its own number", "[util][parallel]") {
    std::vector<std::atomic<int>> byWorker(coreCount());
    std::atomic<int> strangers = 0; // Catch's REQUIRE is not for worker threads
    makeInOrder<int>(
        64, 4,
        [&](std::size_t index, std::size_t worker) {
            ++(worker < byWorker.size() ? byWorker[worker] : strangers);
            return int(index);
        },
        [](int&&) { return true; });
    int total = 0;
    for (const auto& count : byWorker)
        total += count;
    CHECK(strangers == 0);
    CHECK(total == 64);
}

TEST_CASE("the parts the taker is done with are destroyed on the workers", "[util][parallel]") {
    std::atomic<int> destroyedByTaker = 0;
    int taken = 0;
    const std::thread::id taker = std::this_thread::get_id();
    makeInOrder<Tracked>(
        50, 4, [&](std::size_t, std::size_t) { return Tracked(destroyedByTaker, taker); },
        [&](Tracked&&) {
            ++taken;
            return true;
        });
    CHECK(taken == 50);
    // Only the last few, taken after the workers had nothing left to make, may end on the taker.
    CHECK(destroyedByTaker <= 6);
}
