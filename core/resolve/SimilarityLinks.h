#pragma once

#include "model/CaseContents.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace threadline::resolve {

// "same-photo" links between Photo entities whose perceptual hashes (id, hash) differ by at most
// `maxDistance` bits, each with the distance as its evidence.
std::vector<DerivedLink>
photoReuseLinks(const std::vector<std::pair<std::int64_t, std::uint64_t>>& hashes, int maxDistance);

} // namespace threadline::resolve
