#pragma once

#include "case/CaseDocument.h"
#include "model/CaseTables.h"

#include <optional>
#include <vector>

namespace threadline::ui {

// What the inspector shows of a selection, read from the store in one go on the worker: one
// entity, one event, or links (one, or the several a tie on the chart sums), or a count of
// what else is selected; and the evidence behind it.
struct Inspection {
    std::optional<EntityProfile> entity;
    std::optional<EventProfile> event;
    std::vector<LinkProfile> links;
    std::vector<Entity> entities; // several entities selected: the first of them
    std::size_t entityCount = 0;
    std::vector<Evidence> evidence;

    bool isEmpty() const { return !entity && !event && links.empty() && entities.empty(); }
};

Result<Inspection> inspect(store::CaseStore& store, const Selection& selection);

// The inspection as the inspector's page (HTML): headings, properties, identifiers, roles,
// merges, and the provenance list, each piece of evidence a link "evidence:N" (its index).
QString inspectionHtml(const Inspection& inspection);

} // namespace threadline::ui
