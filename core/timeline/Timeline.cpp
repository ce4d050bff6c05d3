#include "timeline/Timeline.h"

#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace threadline::timeline {

namespace {
constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
} // namespace

MarkKind markKindOf(const QString& eventType) {
    static const QHash<QString, MarkKind> kinds = {
        {QStringLiteral("call"), MarkKind::Call},
        {QStringLiteral("sms"), MarkKind::Message},
        {QStringLiteral("chat-message"), MarkKind::Message},
        {QStringLiteral("email"), MarkKind::Email},
        {QStringLiteral("payment"), MarkKind::Payment},
        {QStringLiteral("transfer"), MarkKind::Payment},
        {QStringLiteral("posted"), MarkKind::Ad},
        {QStringLiteral("photo-taken"), MarkKind::Photo},
        {QStringLiteral("photo"), MarkKind::Photo},
        {QStringLiteral("location"), MarkKind::Location},
        {QStringLiteral("seen-at"), MarkKind::Location},
    };
    return kinds.value(eventType, MarkKind::Other);
}

QString markKindName(MarkKind kind) {
    switch (kind) {
    case MarkKind::Call:
        return QStringLiteral("calls");
    case MarkKind::Message:
        return QStringLiteral("messages");
    case MarkKind::Email:
        return QStringLiteral("e-mails");
    case MarkKind::Payment:
        return QStringLiteral("payments");
    case MarkKind::Ad:
        return QStringLiteral("ads posted");
    case MarkKind::Photo:
        return QStringLiteral("photos taken");
    case MarkKind::Location:
        return QStringLiteral("places seen");
    case MarkKind::Other:
        return QStringLiteral("other events");
    }
    return {};
}

std::optional<std::int64_t> parseStoredTime(const QString& text, bool* dayOnly) {
    if (dayOnly)
        *dayOnly = false;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    if (trimmed.size() == 10) { // "2026-03-14"
        const QDate date = QDate::fromString(trimmed, Qt::ISODate);
        if (!date.isValid())
            return std::nullopt;
        if (dayOnly)
            *dayOnly = true;
        return QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    }
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeSpec() == Qt::LocalTime) // no offset written: the store's times are UTC
        time = QDateTime(time.date(), time.time(), QTimeZone::utc());
    return time.toMSecsSinceEpoch();
}

QString storedTime(std::int64_t ms) {
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(Qt::ISODate);
}

std::pair<std::size_t, std::size_t> Timeline::overlapping(std::int64_t from,
                                                          std::int64_t to) const {
    const auto byStart = [](const Mark& mark, std::int64_t at) { return mark.start < at; };
    const auto begin = std::lower_bound(marks.begin(), marks.end(), from - longest, byStart);
    const auto end = std::lower_bound(begin, marks.end(), to, byStart);
    return {std::size_t(begin - marks.begin()), std::size_t(end - marks.begin())};
}

std::vector<int> Timeline::activeLines(std::int64_t from, std::int64_t to) const {
    std::vector<bool> active(lines.size(), false);
    std::size_t count = 0;
    const auto [begin, end] = overlapping(from, to);
    // A wide window finds every line early: stop reading marks then.
    for (std::size_t index = begin; index < end && count < lines.size(); ++index)
        if (marks[index].end >= from)
            for (int line : marks[index].lines)
                if (!active[std::size_t(line)]) {
                    active[std::size_t(line)] = true;
                    ++count;
                }
    std::vector<int> shown;
    for (int line = 0; line < int(lines.size()); ++line)
        if (active[std::size_t(line)])
            shown.push_back(line);
    return shown;
}

Timeline buildTimeline(std::vector<ThemeLine> lines, const std::vector<TimedEvent>& events) {
    Timeline timeline;
    timeline.lines = std::move(lines);
    QHash<std::int64_t, int> lineOf;
    for (int index = 0; index < int(timeline.lines.size()); ++index)
        lineOf.insert(timeline.lines[std::size_t(index)].entity.value, index);
    for (const TimedEvent& event : events) {
        bool dayOnly = false;
        const auto start = parseStoredTime(event.occurredAt, &dayOnly);
        if (!start) {
            timeline.undated.push_back(event);
            continue;
        }
        Mark mark{event.id, markKindOf(event.type), event.type, *start, *start, dayOnly,
                  {},       event.summary,          event.link};
        if (dayOnly)
            mark.end = *start + kDayMs;
        else if (const auto end = parseStoredTime(event.endsAt); end && *end > *start)
            mark.end = *end;
        else if (event.durationSeconds > 0)
            mark.end = *start + std::int64_t(event.durationSeconds * 1000);
        for (EntityId entity : event.entities)
            if (const auto line = lineOf.constFind(entity.value); line != lineOf.constEnd())
                mark.lines.push_back(*line);
        if (mark.lines.empty())
            continue;
        std::sort(mark.lines.begin(), mark.lines.end());
        timeline.marks.push_back(std::move(mark));
    }
    std::sort(timeline.marks.begin(), timeline.marks.end(),
              [](const Mark& a, const Mark& b) { return a.start < b.start; });
    for (const Mark& mark : timeline.marks)
        timeline.longest = std::max(timeline.longest, mark.end - mark.start);
    if (!timeline.marks.empty()) {
        timeline.first = timeline.marks.front().start;
        timeline.last = timeline.first;
        for (const Mark& mark : timeline.marks)
            timeline.last = std::max(timeline.last, mark.end);
    }
    return timeline;
}

} // namespace threadline::timeline
