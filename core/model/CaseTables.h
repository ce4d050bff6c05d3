#pragma once

#include "model/CaseContents.h"
#include "model/Source.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <utility>
#include <vector>

namespace threadline {

// Which rows of a table to read, in which order, from which row: the tables of the window ask
// for one page at a time, so a case of a million entities never loads whole.
struct TableQuery {
    QString type;   // facet: only rows of this type ("" every type)
    QString role;   // facet, entities only: only entities marked with this role
    QString text;   // filter as you type: rows whose words contain these characters
    QString column; // the column to order by: a key of the table's sortable columns
    bool descending = false;
    std::int64_t offset = 0; // rows to skip, in that order
    int limit = 500;
    // Events only: those at or after `from` and before `to` (UTC, ISO 8601; empty: no bound),
    // the range brushed on the timeline.
    QString from;
    QString to;
};

// The keys TableQuery::column takes, per table; any other key orders by id. For entities, links
// and events each is backed by an index, so that a million rows sort in well under a second;
// sources (files, far fewer) sort by name, type, size and import time without one.
namespace table_columns {
inline const QString kId = QStringLiteral("id");
inline const QString kLabel = QStringLiteral("label");
inline const QString kType = QStringLiteral("type");
inline const QString kTime = QStringLiteral("time");
inline const QString kSize = QStringLiteral("size"); // sources only
} // namespace table_columns

// A row of the entities table.
struct EntityRow {
    EntityId id;
    QString type;
    QString label;
    QStringList roles;
    std::int64_t links = 0; // links it is an end of (not those of entities merged into it)
};

// A row of the links table, with its ends named.
struct LinkRow {
    LinkId id;
    QString type;
    EntityId from;
    QString fromLabel;
    EntityId to;
    QString toLabel;
    bool directed = true;
    double weight = 1;
    QString firstAt; // the earliest of its events, UTC ISO 8601; empty when undated
};

// A row of the events table, with who took part.
struct EventRow {
    EventId id;
    QString type;
    QString occurredAt; // UTC, ISO 8601
    QString endsAt;
    QString summary;
    QStringList entityLabels;
    std::vector<EntityId> entities;
};

// An event as a timeline draws it: when (as stored: UTC, ISO 8601, possibly a date alone or
// empty when unknown), how long, and which of the entities asked about took part (as the
// survivors of their merges).
struct TimedEvent {
    EventId id;
    QString type;
    QString occurredAt;
    QString endsAt;
    double durationSeconds = 0; // a call's duration; 0 when none is recorded
    QString summary;
    std::vector<EntityId> entities;
    LinkId link; // the link it belongs to, if any
};

// An event an analyst records by hand.
struct AnalystEvent {
    QString type;       // "meeting", "call", "payment", ...
    QString occurredAt; // UTC, ISO 8601
    QString endsAt;     // empty: an instant
    QString summary;
    std::vector<EntityId> entities;
    QString reason; // why the analyst holds it happened
};

// A row of the sources table: the file, and the name of the file it was found in.
struct SourceRow {
    Source source;
    QString foundIn;
};

// How many rows of each type a table has: its facet.
using TypeCounts = std::vector<std::pair<QString, std::int64_t>>;

// One identifier of an entity: ("phone", "+16025550142").
struct IdentifierValue {
    QString kind;
    QString value;
};

// What the inspector shows of an entity, but its evidence.
struct EntityProfile {
    Entity entity;
    std::vector<IdentifierValue> identifiers; // of it and of entities merged into it
    std::vector<RoleMark> roles;
    std::vector<MergeDecision> merges; // where it was the survivor or the absorbed
};

// What the inspector shows of a link, but its evidence.
struct LinkProfile {
    Link link;
    QString fromLabel;
    QString toLabel;
    QString propertiesJson;
    std::vector<Event> events; // the calls, payments ... it sums, in time order
};

// What the inspector shows of an event: it, who took part and its properties.
struct EventProfile {
    EventRow event;
    QString propertiesJson;
    LinkId link; // the link it belongs to, if any
};

// A text-bearing unit of a source as stored: an e-mail, a PDF page, an ad, a table row.
struct StoredDocument {
    DocumentId id;
    SourceId source;
    QString kind; // "email", "page", "ocr-page", "ad", "row", ...
    QString title;
    QString text;
    QString locatorJson; // for a page: its number, size and word boxes
    QString occurredAt;
};

} // namespace threadline
