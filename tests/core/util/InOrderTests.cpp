#include "util/InOrder.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

using namespace threadline;

namespace {

// Later parts are quicker to make, so workers finish out of order.
int slowlyMade(std::size_t index, std::size_t count) {
    std::this_thread::sleep_for(std::chrono::microseconds(200 * (count - index)));
    return int(index) * 10;
}

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
