#include "resolve/SimilarityLinks.h"

#include "resolve/HammingIndex.h"

namespace threadline::resolve {

std::vector<DerivedLink>
photoReuseLinks(const std::vector<std::pair<std::int64_t, std::uint64_t>>& hashes,
                int maxDistance) {
    std::vector<DerivedLink> links;
    for (const HashPair& pair : similarHashPairs(hashes, maxDistance))
        links.push_back(
            {QStringLiteral("same-photo"), EntityId{pair.first}, EntityId{pair.second},
             1.0 - pair.distance / 64.0, QStringLiteral("{\"distance\":%1}").arg(pair.distance),
             QStringLiteral("perceptual hashes %1 bits apart (of 64)").arg(pair.distance)});
    return links;
}

} // namespace threadline::resolve
