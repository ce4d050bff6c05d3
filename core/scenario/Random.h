#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <utility>

namespace threadline::scenario {

// A small deterministic random source (SplitMix64). The standard library's distributions differ
// between implementations; a trainer's seed must give byte-identical cases on every machine, so
// every draw in the scenario code goes through this.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound); the modulo bias is negligible for the small bounds used here.
    std::size_t below(std::size_t bound) { return bound == 0 ? 0 : std::size_t(next() % bound); }
    int between(int low, int high) { return low + int(below(std::size_t(high - low + 1))); }
    bool chance(double probability) { return double(next() >> 11) * 0x1.0p-53 < probability; }
    template <typename Container> const auto& pick(const Container& items) {
        return items[below(std::size(items))];
    }
    // Fisher-Yates with our own draws.
    template <typename Container> void shuffle(Container& items) {
        for (std::size_t i = std::size(items); i > 1; --i)
            std::swap(items[i - 1], items[below(i)]);
    }
    // An independent stream for one numbered item, so item N is the same however many came before.
    Random fork(std::uint64_t item) const {
        return Random(m_state ^ (item * 0xD1B54A32D192ED03ull + 0x8CB92BA72F3D8DD7ull));
    }

private:
    std::uint64_t m_state;
};

} // namespace threadline::scenario
