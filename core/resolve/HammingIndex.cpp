#include "resolve/HammingIndex.h"

#include <array>

namespace threadline::resolve {

namespace {
int distance(std::uint64_t a, std::uint64_t b) {
    return __builtin_popcountll(a ^ b);
}
} // namespace

// Children are indexed by their distance to this node (0..64): the triangle inequality lets a
// query skip every child whose distance band cannot hold a match.
struct HammingIndex::Node {
    std::uint64_t hash;
    std::vector<std::int64_t> ids; // several photos can share one hash
    std::array<std::unique_ptr<Node>, 65> children;
};

HammingIndex::HammingIndex() = default;
HammingIndex::~HammingIndex() = default;
HammingIndex::HammingIndex(HammingIndex&&) noexcept = default;
HammingIndex& HammingIndex::operator=(HammingIndex&&) noexcept = default;

void HammingIndex::add(std::uint64_t hash, std::int64_t id) {
    ++m_size;
    std::unique_ptr<Node>* slot = &m_root;
    while (*slot) {
        Node& node = **slot;
        const int d = distance(node.hash, hash);
        if (d == 0) {
            node.ids.push_back(id);
            return;
        }
        slot = &node.children[std::size_t(d)];
    }
    *slot = std::make_unique<Node>(Node{hash, {id}, {}});
}

std::vector<std::pair<std::int64_t, int>> HammingIndex::within(std::uint64_t hash,
                                                               int maxDistance) const {
    std::vector<std::pair<std::int64_t, int>> found;
    std::vector<const Node*> pending;
    if (m_root)
        pending.push_back(m_root.get());
    while (!pending.empty()) {
        const Node* node = pending.back();
        pending.pop_back();
        const int d = distance(node->hash, hash);
        if (d <= maxDistance)
            for (std::int64_t id : node->ids)
                found.emplace_back(id, d);
        for (int band = std::max(0, d - maxDistance); band <= std::min(64, d + maxDistance); ++band)
            if (node->children[std::size_t(band)])
                pending.push_back(node->children[std::size_t(band)].get());
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
