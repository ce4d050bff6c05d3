#pragma once

#include <QString>

namespace threadline::resolve {

// How alike two names or labels are, 0..1: the Jaccard overlap of their lower-case word sets,
// so "Sweet Candy 21yo" and "Candy sweet" score high and word order does not matter.
double nameSimilarity(const QString& first, const QString& second);

} // namespace threadline::resolve
