#pragma once

#include "case/CaseDocument.h"
#include "model/CaseContents.h"

#include <vector>

namespace threadline::ui {

// Every piece of evidence behind a selection, oldest first for each item, items in selection
// order: an entity's, a link's (a tie's links one after another), an event's. At most `limit`
// in all. Runs on the store worker.
Result<std::vector<Evidence>> evidenceOfSelection(store::CaseStore& store,
                                                  const Selection& selection, int limit = 500);

} // namespace threadline::ui
