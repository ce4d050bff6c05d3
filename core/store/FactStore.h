#pragma once

#include "model/CaseContents.h"
#include "model/CaseTables.h"
#include "util/Error.h"

#include <QString>

#include <vector>

namespace threadline::store {

class Database;

// Part of a listing: the rows of `type` (empty: every type) after `after` in the listing's
// order, at most `limit`. A case of a million entities is read page by page, never whole.
struct Page {
    QString type;
    std::int64_t after = 0; // the last id of the page before; 0 for the first page
    int limit = 1000;
};

// What a case holds, as the views and the command line ask for it: entities, links and events
// a page at a time, the network of a chart or a filter, what an entity is linked to, who is
// named what, the evidence behind an entity, full-text search. Read-only. A handle on the
// case's connection, valid while its CaseStore lives; one thread at a time.
class FactStore {
public:
    explicit FactStore(Database& database)
        : m_database(database) {}

    // Live entities (not merged into another) in id order.
    Result<std::vector<Entity>> entities(const Page& page = {}) const;
    Result<std::vector<Link>> links(const Page& page = {}) const;
    // Events in time order; a page starts after (afterTime, page.after), the last event's time
    // and id (both empty for the first page).
    Result<std::vector<Event>> events(const Page& page = {}, const QString& afterTime = {}) const;

    // Every event any of `entities` (or an entity merged into one) took part in, in time order,
    // each with those of them that took part: a timeline's marks.
    Result<std::vector<TimedEvent>> eventsOf(const std::vector<EntityId>& entities) const;

    // The entities and links of the part of the case `filter` names, for core/graph.
    Result<NetworkRows> networkRows(const NetworkFilter& filter = {}) const;
    // The entities one link away from `of` (after merges), each reached pair once, in link order.
    Result<std::vector<Neighbour>> neighbours(const std::vector<EntityId>& of,
                                              const NeighbourFilter& filter = {}) const;
    // The entities (after merges) that have `text` as an identifier value or as their label;
    // failing that, a phone number written any usual way finds the phone stored in E.164.
    Result<std::vector<EntityId>> entitiesNamed(const QString& text) const;
    // Where the facts about an entity come from: the assertions of it, of the entities merged
    // into it and of its identifiers, oldest first, at most `limit`.
    Result<std::vector<Evidence>> evidence(EntityId entity, int limit = 500) const;
    // ... of a link: its own assertions and those of its events (each call, each payment).
    Result<std::vector<Evidence>> evidence(LinkId link, int limit = 500) const;
    Result<std::vector<Evidence>> evidence(EventId event, int limit = 500) const;

    // One item as the inspector shows it (NotFound for an id the case does not hold).
    Result<Entity> entity(EntityId entity) const;
    Result<EntityProfile> entityProfile(EntityId entity) const;
    Result<LinkProfile> linkProfile(LinkId link) const;
    Result<EventProfile> eventProfile(EventId event) const;
    // The names of the sources holding `source`, nearest first: an attachment's message, its mbox.
    Result<QStringList> containersOf(SourceId source) const;
    // The files found in `parent` whose names start with `prefix`, in the order they were
    // stored: an ad's photos ("https://… image 1") in the dump or page that held them.
    Result<std::vector<SourceId>> sourcesFoundIn(SourceId parent, const QString& prefix,
                                                 int limit = 12) const;
    // The messages of the chat `message` belongs to (its locator's "chat"), in time order, at
    // most `limit`: a chat message shown in its thread. Just the message when it names no chat.
    Result<std::vector<StoredDocument>> chatThread(DocumentId message, int limit = 300) const;
    // The page, e-mail, ad or row a piece of evidence was read from.
    Result<StoredDocument> document(DocumentId document) const;
    // The entities (after merges) a document asserts: what a search result adds to a chart.
    Result<std::vector<EntityId>> entitiesInDocument(DocumentId document) const;
    // Search as you type over entities: exact names first (entitiesNamed), then labels that
    // start with `text`, then phones holding its digits ("555 01" finds +1 602 555 0142).
    Result<std::vector<Entity>> entitiesMatching(const QString& text, int limit = 20) const;
    // Full-text search over every document, best matches first. Words are matched with their
    // diacritics folded; FTS5 syntax (OR, NEAR, "phrases", prefix*) is accepted.
    Result<std::vector<SearchHit>> search(const QString& query, int limit = 100) const;

private:
    Result<std::vector<EntityId>> entitiesNamedExactly(const QString& text) const;

    Database& m_database;
};

// Every row of a listing in id order (entities, links), read page by page: the command line's
// `list` and the scoring of a training case. `read(page)` is FactStore::entities or ::links.
template <typename Read> auto everyPage(Read read, const QString& type = {}) {
    using Rows = std::decay_t<decltype(*read(Page{}))>;
    Result<Rows> all = Rows{};
    Page page{type, 0, 5000};
    for (;;) {
        auto rows = read(page);
        if (!rows)
            return Result<Rows>(std::unexpected(rows.error()));
        all->insert(all->end(), rows->begin(), rows->end());
        if (int(rows->size()) < page.limit)
            return all;
        page.after = rows->back().id.value;
    }
}

} // namespace threadline::store
