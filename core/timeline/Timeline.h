#pragma once

#include "model/CaseTables.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace threadline::timeline {

// What a mark's shape says: the kind of event.
enum class MarkKind { Call, Message, Email, Payment, Ad, Photo, Location, Other };
MarkKind markKindOf(const QString& eventType);
QString markKindName(MarkKind kind); // "calls", for the legend

// A theme line: one entity, its events along it.
struct ThemeLine {
    EntityId entity;
    QString label;
    QString type;
};

// A dated event as drawn: from start to end (an instant when equal), on the theme lines of the
// entities that took part (an event between two is a connector between their lines).
struct Mark {
    EventId id;
    MarkKind kind = MarkKind::Other;
    QString type;
    std::int64_t start = 0; // UTC milliseconds
    std::int64_t end = 0;
    bool dayOnly = false; // stored as a date alone: drawn across that day
    std::vector<int> lines;
    QString summary;
    LinkId link; // the link it belongs to: selecting the link highlights it
};

// The events of some entities, ready to draw: the dated ones in time order, and those without a
// time apart (never drawn at a made-up time).
struct Timeline {
    std::vector<ThemeLine> lines;
    std::vector<Mark> marks;
    std::vector<TimedEvent> undated;
    std::int64_t first = 0; // the dated marks' range; 0 and 0 when there are none
    std::int64_t last = 0;
    std::int64_t longest = 0; // the longest mark, to find those that began before a window

    // The marks that overlap [from, to): an index range into `marks`.
    std::pair<std::size_t, std::size_t> overlapping(std::int64_t from, std::int64_t to) const;
    // The theme lines with a mark overlapping [from, to), in line order: indices into `lines`.
    std::vector<int> activeLines(std::int64_t from, std::int64_t to) const;
};

Timeline buildTimeline(std::vector<ThemeLine> lines, const std::vector<TimedEvent>& events);

// A stored time in UTC milliseconds: ISO 8601 with or without an offset (none: UTC, as the
// store keeps times), or a date alone (`dayOnly` set: its midnight, UTC). nullopt for none.
std::optional<std::int64_t> parseStoredTime(const QString& text, bool* dayOnly = nullptr);
// UTC milliseconds as the store keeps times: "2026-03-14T21:05:00Z".
QString storedTime(std::int64_t ms);

} // namespace threadline::timeline
