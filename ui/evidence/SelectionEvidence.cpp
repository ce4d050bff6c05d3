#include "evidence/SelectionEvidence.h"

#include "store/FactStore.h"

namespace threadline::ui {

namespace {

template <typename Id>
Result<void> addEvidence(const store::FactStore& facts, const std::vector<Id>& items, int limit,
                         std::vector<Evidence>& all) {
    for (Id item : items) {
        if (int(all.size()) >= limit)
            break;
        auto rows = facts.evidence(item, limit - int(all.size()));
        if (!rows)
            return std::unexpected(rows.error());
        all.insert(all.end(), rows->begin(), rows->end());
    }
    return {};
}

} // namespace

Result<std::vector<Evidence>> evidenceOfSelection(store::CaseStore& store,
                                                  const Selection& selection, int limit) {
    const store::FactStore facts = store.facts();
    std::vector<Evidence> all;
    if (auto added = addEvidence(facts, selection.entities, limit, all); !added)
        return std::unexpected(added.error());
    if (auto added = addEvidence(facts, selection.links, limit, all); !added)
        return std::unexpected(added.error());
    if (auto added = addEvidence(facts, selection.events, limit, all); !added)
        return std::unexpected(added.error());
    return all;
}

} // namespace threadline::ui
