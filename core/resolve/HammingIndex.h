#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace threadline::resolve {

// Finds every stored 64-bit perceptual hash within a Hamming distance of a query, exactly (no
// false misses), by multi-index hashing (Norouzi et al.): the hash is cut into four 16-bit
// blocks, each indexed in its own table. Two hashes at most r bits apart agree within r/4 bits
// on at least one block, so a query looks up only the keys that near its own blocks, instead of
// the BK-tree's walk through most of the tree at the distances photo reuse needs (8 of 64).
class HammingIndex {
public:
    HammingIndex();

    void add(std::uint64_t hash, std::int64_t id);
    // (id, distance) of every stored hash within `maxDistance` of `hash`. Not for two threads at
    // once: a query marks the entries it has seen.
    std::vector<std::pair<std::int64_t, int>> within(std::uint64_t hash, int maxDistance) const;
    std::size_t size() const { return m_entries.size(); }

private:
    static constexpr int kBlocks = 4;
    struct Entry {
        std::uint64_t hash;
        std::int64_t id;
    };
    std::vector<Entry> m_entries;
    // Per block: for each 16-bit key, the positions in m_entries whose block has that key.
    std::vector<std::vector<std::vector<std::uint32_t>>> m_tables;
    mutable std::vector<std::uint32_t> m_lastQuery; // per entry: the query that last saw it
    mutable std::uint32_t m_queries = 0;
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
