#pragma once

#include "model/CaseTables.h"
#include "model/Ids.h"

#include <QString>

#include <vector>

namespace threadline::ui {

class CaseDocument;

// The analyst's edits of the case's facts, each pushed as one command on the document's undo
// stack (StoreEditCommand): the store audits the edit, its undo and its redo.

// Marks the entities with `role`, or takes it from them; `have` are those that have it now
// (marking skips them, unmarking touches only them), so undo restores exactly what was.
void markRole(CaseDocument& document, const std::vector<EntityId>& entities,
              const std::vector<EntityId>& have, const QString& role, bool mark);
// Draws a link of `type` between two entities, with why (CaseStore::drawLink).
void drawLink(CaseDocument& document, EntityId from, EntityId to, const QString& type,
              const QString& reason);
// Records an event the analyst found, with why (DecisionStore::addEvent); undone by taking it
// back (retractEvent).
void addEvent(CaseDocument& document, const AnalystEvent& event);
// Protects the entities' identities in exhibits by `rule` (pseudonym, initials, last-four,
// city-state), with why; undone by releasing them (DecisionStore::protectEntity).
void protectIdentities(CaseDocument& document, const std::vector<EntityId>& entities,
                       const QString& rule, const QString& reason);
// Merges `absorbed` into `survivor`, with why; undone by a split (CaseStore::splitEntity).
void mergeEntities(CaseDocument& document, EntityId survivor, EntityId absorbed,
                   const QString& reason);

} // namespace threadline::ui
