#include "resolve/HammingIndex.h"

#include <bit>

namespace threadline::resolve {

namespace {

constexpr int kBlockBits = 16;

std::uint16_t blockOf(std::uint64_t hash, int block) {
    return std::uint16_t(hash >> (kBlockBits * block));
}

// Calls `visit` for every 16-bit key within `radius` bits of `key`, flipping bits from
// `from` upwards so each key is visited once.
template <typename Visit>
void keysNear(std::uint16_t key, int radius, int from, const Visit& visit) {
    visit(key);
    if (radius == 0)
        return;
    for (int bit = from; bit < kBlockBits; ++bit)
        keysNear(std::uint16_t(key ^ (1u << bit)), radius - 1, bit + 1, visit);
}

} // namespace

HammingIndex::HammingIndex()
    : m_tables(kBlocks, std::vector<std::vector<std::uint32_t>>(std::size_t(1) << kBlockBits)) {}

void HammingIndex::add(std::uint64_t hash, std::int64_t id) {
    const auto position = std::uint32_t(m_entries.size());
    m_entries.push_back({hash, id});
    m_lastQuery.push_back(0);
    for (int block = 0; block < kBlocks; ++block)
        m_tables[std::size_t(block)][blockOf(hash, block)].push_back(position);
}

std::vector<std::pair<std::int64_t, int>> HammingIndex::within(std::uint64_t hash,
                                                               int maxDistance) const {
    std::vector<std::pair<std::int64_t, int>> found;
    const std::uint32_t query = ++m_queries;
    // Past 15 bits a block radius of 4 or more looks up thousands of keys; a scan is cheaper.
    if (maxDistance >= 4 * kBlocks) {
        for (const Entry& entry : m_entries)
            if (const int d = std::popcount(entry.hash ^ hash); d <= maxDistance)
                found.emplace_back(entry.id, d);
        return found;
    }
    for (int block = 0; block < kBlocks; ++block) {
        const auto& table = m_tables[std::size_t(block)];
        keysNear(blockOf(hash, block), maxDistance / kBlocks, 0, [&](std::uint16_t key) {
            for (const std::uint32_t position : table[key]) {
                if (m_lastQuery[position] == query)
                    continue; // already seen through another block
                m_lastQuery[position] = query;
                const Entry& entry = m_entries[position];
                if (const int d = std::popcount(entry.hash ^ hash); d <= maxDistance)
                    found.emplace_back(entry.id, d);
            }
        });
    }
    return found;
}

std::vector<HashPair>
similarHashPairs(const std::vector<std::pair<std::int64_t, std::uint64_t>>& hashes,
                 int maxDistance) {
    HammingIndex index;
    std::vector<HashPair> pairs;
    for (const auto& [id, hash] : hashes) { // query before adding: each pair is found once
        for (const auto& [other, d] : index.within(hash, maxDistance))
            pairs.push_back({std::min(id, other), std::max(id, other), d});
        index.add(hash, id);
    }
    return pairs;
}

} // namespace threadline::resolve
