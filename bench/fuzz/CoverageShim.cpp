// Coverage for libFuzzer from g++'s instrumentation. Debian 12's clang (14) cannot compile our
// C++23 (its std::expected needs clang 16), so the code under test is built by g++ with
// -fsanitize-coverage=trace-pc,trace-cmp and linked with Debian's libFuzzer runtime. libFuzzer
// reads clang's 8-bit counters, not g++'s per-block callback, so each callback counts the edge
// from the previous block to this one in a table registered as those counters (AFL's scheme:
// the table index is the two blocks' addresses hashed together). The comparisons g++ reports
// (trace-cmp) go to libFuzzer's own handlers, which guide it past magic numbers and keywords.
// This file itself is built without instrumentation.
#include <cstddef>
#include <cstdint>

extern "C" void __sanitizer_cov_8bit_counters_init(std::uint8_t* start, std::uint8_t* stop);
extern "C" void __sanitizer_cov_pcs_init(const std::uintptr_t* start, const std::uintptr_t* stop);

namespace {

constexpr std::size_t kEdges = std::size_t(1) << 18;
alignas(64) std::uint8_t edgeCounters[kEdges];
// libFuzzer counts covered "PCs" through this table, one entry (address, flags) per counter; the
// table's addresses are the counters' indices, which is all its "cov:" figure needs.
std::uintptr_t edgeTable[2 * kEdges];
thread_local std::uintptr_t previousBlock;

__attribute__((constructor)) void registerEdgeCounters() {
    for (std::size_t edge = 0; edge < kEdges; ++edge)
        edgeTable[2 * edge] = edge + 1;
    __sanitizer_cov_8bit_counters_init(edgeCounters, edgeCounters + kEdges);
    __sanitizer_cov_pcs_init(edgeTable, edgeTable + 2 * kEdges);
}

} // namespace

extern "C" void __sanitizer_cov_trace_pc() {
    const auto address = reinterpret_cast<std::uintptr_t>(__builtin_return_address(0));
    const std::uintptr_t block = (address ^ (address >> 18)) & (kEdges - 1);
    ++edgeCounters[block ^ previousBlock];
    previousBlock = block >> 1;
}

// g++ also reports comparisons of floating-point numbers, which libFuzzer has no use for.
extern "C" void __sanitizer_cov_trace_cmpf(float, float) {}
extern "C" void __sanitizer_cov_trace_cmpd(double, double) {}
