#pragma once

#include "model/Chart.h"
#include "model/Ids.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <map>
#include <vector>

namespace threadline {

struct Entity {
    EntityId id;
    QString type; // "Person", "Phone", "Ad", ...
    QString label;
    QString propertiesJson;
    int flags = 0;
};

struct Link {
    LinkId id;
    QString type; // "called", "paid", "e-mailed", ...
    EntityId from;
    EntityId to;
    bool directed = true;
    double weight = 1;
};

struct Event {
    EventId id;
    QString type;
    QString occurredAt; // UTC, ISO 8601
    QString summary;
};

struct AuditEntry {
    AuditId id;
    QString at; // UTC, ISO 8601
    QString osUser;
    QString action;      // "case.created", "source.added", ...
    QString detailsJson; // compact JSON with sorted keys, exactly as hashed
    QString previousHash;
    QString hash;
};

// One analyst decision in the merge/split ledger.
struct MergeDecision {
    std::int64_t id = 0;
    QString action; // "merge" or "split"
    EntityId survivor;
    EntityId absorbed;
    QString analyst;
    QString reason;
    QString at;              // UTC, ISO 8601
    std::int64_t undoes = 0; // for a split: the merge it reverses
};

// A pair of entities that may be one, with the evidence for it: the analyst decides.
struct SameEntitySuggestion {
    EntityId first;
    EntityId second;
    QString firstLabel;
    QString secondLabel;
    QStringList sharedIdentifiers; // labels of the phones, accounts ... both are linked to
    double nameSimilarity = 0;     // 0..1, over the entities' labels
    double score = 0;              // 0..1
};

// A link that an analysis (not an importer) found, with why, e.g. two photos 3 bits apart.
struct DerivedLink {
    QString type; // "same-photo", "uses-template"
    EntityId from;
    EntityId to;
    double weight = 1;
    QString propertiesJson; // {"distance":3} or {"similarity":0.82}
    QString reason;         // for the assertion: "perceptual hashes 3 bits apart"
};

// What recording ad templates did: templates seen, of which new to the case, and new links.
struct TemplateCounts {
    int templates = 0;
    int created = 0;
    int links = 0;
};

// One document that matched a full-text search.
struct SearchHit {
    DocumentId document;
    SourceId source;
    QString sourceName;
    QString kind; // "email", "page", "text" ...
    QString title;
    QString locatorJson; // where in the source: {"page":3}, {"message":12,"offset":4096}
    QString snippet;     // matching words in [brackets]
};

// One piece of evidence for an entity: the place in a source where a fact about it was found
// by an extractor, or the analyst who asserted it and why.
struct Evidence {
    std::int64_t assertion = 0;
    QString subject;     // what the assertion is about: "entity", "identifier", "link", "event"
    QString subjectText; // the entity's label or the identifier's value ("+16025550142")
    SourceId source;     // invalid for an analyst's assertion
    DocumentId document; // the page, e-mail, ad or row it was read from, if any
    QString sourceName;  // "receipt-0413.pdf"
    QStringList foundIn; // the sources holding that one, nearest first: "export.zip"
    QString sha256;      // of the source's original bytes
    QString locatorJson; // where in the source: {"page":2,"span":{"start":10,"end":22}}
    QString quote;       // the text found there
    QString assertedBy;  // "pdf 1.4" (extractor and version) or the analyst
    QString reason;      // an analyst's why
    double confidence = 1;
    QString at; // UTC, ISO 8601
};

// What a case holds, in counts: the answer to `threadline-cli info`.
struct CaseSummary {
    int schemaVersion = 0;
    std::int64_t sources = 0;
    std::int64_t sourceBytes = 0;
    std::int64_t documents = 0;
    std::int64_t events = 0;
    std::int64_t auditEntries = 0;
    std::map<QString, std::int64_t> entitiesByType;
    std::map<QString, std::int64_t> linksByType;
};

// Which part of a case a network is built from. Empty fields do not filter.
struct NetworkFilter {
    QString chart;           // only the entities on the chart of this name
    QStringList entityTypes; // only entities of these types
    QStringList linkTypes;   // only links of these types
    QString from;            // only links with an event at or after this UTC ISO time ...
    QString to;              // ... and at or before this one
    bool withLinks = true;   // false: the entities only (a big chart's first frame)
};

// An entity of a network, after merges (an absorbed entity never appears; its links move to
// the survivor).
struct NetworkNodeRow {
    std::int64_t entity = 0;
    QString type;
    QString label;
};

// A link of a network, its ends resolved through merges.
struct NetworkLinkRow {
    std::int64_t from = 0;
    std::int64_t to = 0;
    QString type;
    bool directed = true;
    double weight = 1;
    double amount = 0;   // "amount" property: money paid
    double seconds = 0;  // "duration" property: call time ("93", "1:33" or "0:01:33")
    QString currency;    // "currency" property of a payment, when it names one
    std::int64_t id = 0; // the link's own id: a tie clicked on a chart selects its links
};

// A role an analyst (or a trainee) gave an entity, and why.
struct RoleMark {
    EntityId entity;
    QString entityType;
    QString entityLabel;
    QString role; // one of knownRoles()
    QString analyst;
    QString at; // UTC, ISO 8601
    QString reason;
};

// An entity whose identity is protected (a victim, a minor): exhibits show it only as
// `shownAs` and leave its names and identifiers out of every byte.
struct ProtectedIdentity {
    EntityId entity;
    QString entityType;
    QString entityLabel;
    QString shownAs; // "Person V-1", "G. P.", "Account ending 0144"
    QString rule;    // one of protectionRules()
    QString analyst;
    QString at; // UTC, ISO 8601
    QString reason;
};

// How a protected entity is shown: a pseudonym ("Person V-1"), or as the US public-filing rules
// keep them (FRCrP 49.1, FRCP 5.2): a minor by initials, an account or phone number by its last
// four digits, a home address by city and state.
inline QStringList protectionRules() {
    return {QStringLiteral("pseudonym"), QStringLiteral("initials"), QStringLiteral("last-four"),
            QStringLiteral("city-state")};
}

// The roles an entity can be marked with: the parts people play in a trafficking case, plus
// "key-player" and "suspect" for whoever an investigation centres on.
inline QStringList knownRoles() {
    return {QStringLiteral("victim"),     QStringLiteral("controller"), QStringLiteral("recruiter"),
            QStringLiteral("money-mule"), QStringLiteral("buyer"),      QStringLiteral("suspect"),
            QStringLiteral("key-player")};
}

// What to expand an entity into: empty lists do not filter.
struct NeighbourFilter {
    QStringList entityTypes;   // only neighbours of these types ("Ad", "Phone", ...)
    QStringList linkTypes;     // only over links of these types ("lists", "called", ...)
    int limit = 0;             // at most this many (0: all), so a hub cannot flood a chart
    bool excludeSeeds = false; // leave out neighbours that are themselves among the seeds
};

// An entity one link away from a seed (after merges), with the first link type that reached it.
struct Neighbour {
    EntityId of; // the seed
    EntityId entity;
    QString type;
    QString label;
    QString linkType;
};

struct NetworkRows {
    std::vector<NetworkNodeRow> nodes;
    std::vector<NetworkLinkRow> links;
};

} // namespace threadline
