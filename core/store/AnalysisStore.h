#pragma once

#include "model/CaseContents.h"
#include "resolve/TextTemplates.h"
#include "util/Error.h"

#include <QString>

#include <cstdint>
#include <utility>
#include <vector>

namespace threadline::store {

class Database;

// What the case's analyses read and write: the inputs of photo-reuse and template linking, the
// links they find (each with an assertion naming the analysis) and suggested merges. The part
// of CaseStore that `threadline-cli link-similar|suggest` and the import's follow-up analyses
// need. A handle on the case's connection, valid while its CaseStore lives; one thread at a time.
class AnalysisStore {
public:
    explicit AnalysisStore(Database& database)
        : m_database(database) {}

    // Perceptual hashes of every live Photo entity (from the image importer), by entity.
    Result<std::vector<std::pair<std::int64_t, std::uint64_t>>> photoHashes() const;
    // The text of every live Ad entity's document, by entity.
    Result<std::vector<std::pair<std::int64_t, QString>>> adTexts() const;
    // Writes links an analysis found (skipping any already in the case), each with an assertion
    // naming the analysis and its reason, and one audit row; returns how many were new.
    Result<int> recordDerivedLinks(const QString& analysis, const std::vector<DerivedLink>& links);
    // Stores each template as an AdTemplate entity holding the shared text (found again by that
    // text on a rerun) with a "uses-template" link from each of its ads, in one transaction.
    Result<TemplateCounts> recordTextTemplates(const std::vector<resolve::TextTemplate>& templates);
    // Pairs of entities of `type` (e.g. "Ad", "Person") that share identifiers through links
    // ("lists", "uses"), best first, with a score card.
    Result<std::vector<SameEntitySuggestion>> suggestSameEntities(const QString& type,
                                                                  int limit = 50) const;

private:
    Database& m_database;
};

} // namespace threadline::store
