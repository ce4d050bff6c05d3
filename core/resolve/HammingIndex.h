#pragma once

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace threadline::resolve {

// A BK-tree over 64-bit perceptual hashes: finds every stored hash within a Hamming distance of
// a query without comparing against all of them, exactly (no false misses).
class HammingIndex {
public:
    HammingIndex();
    ~HammingIndex();
    HammingIndex(HammingIndex&&) noexcept;
    HammingIndex& operator=(HammingIndex&&) noexcept;

    void add(std::uint64_t hash, std::int64_t id);
    // (id, distance) of every stored hash within `maxDistance` of `hash`.
    std::vector<std::pair<std::int64_t, int>> within(std::uint64_t hash, int maxDistance) const;
    std::size_t size() const { return m_size; }

private:
    struct Node;
    std::unique_ptr<Node> m_root;
    std::size_t m_size = 0;
};

// Every pair of (id, hash) entries within `maxDistance`, each pair once (smaller id first).
struct HashPair {
    std::int64_t first;
    std::int64_t second;
    int distance;
};
std::vector<HashPair>
similarHashPairs(const std::vector<std::pair<std::int64_t, std::uint64_t>>& hashes,
                 int maxDistance);

} // namespace threadline::resolve
