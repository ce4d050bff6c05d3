#pragma once

#include "model/CaseContents.h"
#include "model/CaseTables.h"
#include "util/Error.h"

#include <QString>

#include <vector>

namespace threadline::store {

class Database;

// The analyst's decisions about a case's facts: which entities are one (merge, and split to
// take it back), which roles they play, and links drawn by hand (and taken back). Every
// decision is recorded with who made it and why, in the audit log as well. The part of
// CaseStore that the chart's edits and `threadline-cli merge|split|mark|link` need. A handle
// on the case's connection, valid while its CaseStore lives; one thread at a time.
class DecisionStore {
public:
    explicit DecisionStore(Database& database)
        : m_database(database) {}

    // Nothing is deleted by a merge: the absorbed entity keeps its facts and points at the
    // survivor; a split reverses it.
    Result<MergeDecision> mergeEntities(EntityId survivor, EntityId absorbed,
                                        const QString& reason);
    Result<MergeDecision> splitEntity(EntityId absorbed, const QString& reason);
    // The ledger entries touching an entity, oldest first (all entries when `entity` is invalid).
    Result<std::vector<MergeDecision>> mergeHistory(EntityId entity = {}) const;

    // Marks an entity (its survivor, if merged) with a role, or takes the role away; both are
    // audited. Marking a role it already has only updates the reason.
    Result<RoleMark> markRole(EntityId entity, const QString& role, const QString& reason);
    Result<RoleMark> unmarkRole(EntityId entity, const QString& role, const QString& reason);
    // Every role marked now, by entity; or those of one entity.
    Result<std::vector<RoleMark>> roleMarks(EntityId entity = {}) const;

    // A link the analyst draws between two entities (the survivors of any merges), with why;
    // recorded as the "analyst" analysis and audited. 1 when new, 0 when already drawn.
    // An event the analyst found that no source records ("met at the hotel"), with the entities
    // that took part (as the survivors of merges), asserted by the analyst with why; audited.
    Result<EventId> addEvent(const AnalystEvent& event);
    // Takes back an event addEvent() recorded (its undo); refuses any other event.
    Result<void> retractEvent(EventId event, const QString& reason);
    Result<int> drawLink(EntityId from, EntityId to, const QString& type, const QString& reason);
    // Takes back a link drawLink() drew (the undo of it): the analyst's link of `type` between
    // the two, with its assertion, is removed and the removal audited with `reason`. A link
    // that any source asserts is never removed. 1 when taken back, 0 when there was none.
    Result<int> retractDrawnLink(EntityId from, EntityId to, const QString& type,
                                 const QString& reason);

    // Protects an entity's identity (the survivor's, if merged), shown in exhibits as `rule`
    // makes it from its label, or as `shownAs` when given; protecting it again changes how it is
    // shown. Audited. Release takes the protection away (its undo), also audited.
    Result<ProtectedIdentity> protectEntity(EntityId entity, const QString& rule,
                                            const QString& shownAs, const QString& reason);
    Result<ProtectedIdentity> releaseEntity(EntityId entity, const QString& reason);
    // Every entity protected now, in id order.
    Result<std::vector<ProtectedIdentity>> protectedEntities() const;

private:
    Database& m_database;
};

} // namespace threadline::store
