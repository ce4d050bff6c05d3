#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace threadline::resolve {

// Ads written from one template (InfoShield's finding: the same sentences with the names
// swapped): the connected groups of near-duplicate pairs, with the text they share. A template
// is one node in the chart with a link to each ad, where pairwise links would draw a clique of
// thousands of lines for one trafficker's ad run.
struct TextTemplate {
    std::vector<std::int64_t> members; // ids, ascending
    std::vector<double> similarity;    // per member: the similarity (Jaccard) that joined it
    QString sharedText;                // sentences at least half the members contain, in order
};

std::vector<TextTemplate> textTemplates(const std::vector<std::pair<std::int64_t, QString>>& texts,
                                        double threshold = 0.5);

} // namespace threadline::resolve
