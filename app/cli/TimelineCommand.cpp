// threadline-cli timeline export: the timeline of a chart or of some entities, as SVG, PDF or
// PNG, painted by the same code as the desktop's timeline.
#include "CommandLine.h"
#include "GraphInput.h"
#include "Output.h"
#include "store/ChartStore.h"
#include "timeline/Timeline.h"
#include "timeline/TimelineExport.h"

#include <QDateTime>

namespace threadline::cli {

namespace {

int runTimeline(const QStringList& arguments);

const Command kTimeline{
    "timeline",
    "export CASE [--chart NAME | --entities ID...] [--from T --to T] [--zone TZ] --out "
    "FILE.svg|pdf|png",
    "Export the timeline of a chart's entities (or of those named) as SVG, PDF or PNG: a theme "
    "line each, their events by kind and duration, in the zone given (times are kept in UTC).",
    runTimeline};

struct TimelineOptions {
    QCommandLineOption chart{QStringLiteral("chart"), QStringLiteral("The chart's entities."),
                             QStringLiteral("NAME")};
    QCommandLineOption entities{QStringLiteral("entities"),
                                QStringLiteral("Entities (ids, identifiers or labels; the option "
                                               "repeats, or list them after CASE)."),
                                QStringLiteral("ID")};
    QCommandLineOption from{QStringLiteral("from"),
                            QStringLiteral("Start of the window (ISO 8601; default: the first "
                                           "event)."),
                            QStringLiteral("T")};
    QCommandLineOption to{QStringLiteral("to"),
                          QStringLiteral("End of the window (default: the last event)."),
                          QStringLiteral("T")};
    QCommandLineOption zone{QStringLiteral("zone"),
                            QStringLiteral("Time zone shown (IANA, e.g. Europe/London)."),
                            QStringLiteral("TZ"), QStringLiteral("UTC")};
    QCommandLineOption out{QStringLiteral("out"), QStringLiteral("The file to write."),
                           QStringLiteral("FILE")};
    QCommandLineOption width{QStringLiteral("width"), QStringLiteral("Width in pixels (points)."),
                             QStringLiteral("W"), QStringLiteral("1600")};
    QCommandLineOption height{QStringLiteral("height"),
                              QStringLiteral("Height (default: what the theme lines need)."),
                              QStringLiteral("H")};
    QCommandLineOption title{QStringLiteral("title"), QStringLiteral("A title above it."),
                             QStringLiteral("TEXT")};

    QList<QCommandLineOption> all() const {
        return {chart, entities, from, to, zone, out, width, height, title};
    }
};

std::optional<std::vector<EntityId>> chosenEntities(const store::CaseStore& store,
                                                    const QCommandLineParser& parser,
                                                    const TimelineOptions& options) {
    std::vector<EntityId> entities;
    if (parser.isSet(options.chart)) {
        auto chart = store.charts().load(parser.value(options.chart));
        if (!chart) {
            printError(chart.error());
            return std::nullopt;
        }
        entities = chart->shownEntities();
    }
    for (const QString& name :
         parser.values(options.entities) + parser.positionalArguments().mid(2)) {
        const auto entity = entityNamed(store, name);
        if (!entity)
            return std::nullopt;
        entities.push_back(*entity);
    }
    if (entities.empty()) {
        printError(QStringLiteral("name a chart (--chart) or entities (--entities)"));
        return std::nullopt;
    }
    return entities;
}

std::optional<std::int64_t> timeOption(const QCommandLineParser& parser,
                                       const QCommandLineOption& option) {
    if (!parser.isSet(option))
        return std::nullopt;
    const auto time = timeline::parseStoredTime(parser.value(option));
    if (!time)
        printError(QStringLiteral("--%1: '%2' is not an ISO 8601 time")
                       .arg(option.names().front(), parser.value(option)));
    return time;
}

// The window: the options, or the events' own range with a margin.
std::optional<std::pair<std::int64_t, std::int64_t>> windowOf(const QCommandLineParser& parser,
                                                              const TimelineOptions& options,
                                                              const timeline::Timeline& timeline) {
    const auto from = timeOption(parser, options.from);
    const auto to = timeOption(parser, options.to);
    if ((parser.isSet(options.from) && !from) || (parser.isSet(options.to) && !to))
        return std::nullopt;
    const std::int64_t margin =
        std::max<std::int64_t>(3600000, (timeline.last - timeline.first) / 40);
    const std::int64_t start = from.value_or(timeline.first - margin);
    const std::int64_t end = to.value_or(timeline.last + margin);
    if (end <= start) {
        printError(QStringLiteral("--to must be after --from"));
        return std::nullopt;
    }
    return std::pair{start, end};
}

int runTimeline(const QStringList& arguments) {
    QCommandLineParser parser;
    const TimelineOptions options;
    parser.addOptions(options.all());
    if (const auto exit = parseCommandLine(parser, kTimeline, arguments, 2))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional[0] != QLatin1String("export") || !parser.isSet(options.out)) {
        printError(usageLine(kTimeline));
        return kExitUsage;
    }
    const QTimeZone zone(parser.value(options.zone).toUtf8());
    if (!zone.isValid())
        return printError(
            QStringLiteral("--zone: unknown time zone '%1'").arg(parser.value(options.zone)));
    auto store = openCase(positional[1], store::CaseStore::Access::ReadOnly);
    if (!store)
        return kExitFailure;
    const auto entities = chosenEntities(*store, parser, options);
    if (!entities)
        return kExitFailure;
    auto timeline = timeline::readTimeline(*store, *entities);
    if (!timeline)
        return printError(timeline.error());
    const auto window = windowOf(parser, options, *timeline);
    if (!window)
        return kExitUsage;
    timeline::TimelineView view;
    view.zone = zone;
    view.title = parser.value(options.title);
    // Only the lines with events in the range are drawn; the legend counts those left out.
    view.lineOrder = timeline->activeLines(window->first, window->second);
    const bool titled = !view.title.isEmpty();
    const int width = std::max(400, parser.value(options.width).toInt());
    const int height = parser.isSet(options.height)
                           ? std::max(200, parser.value(options.height).toInt())
                           : timeline::TimelinePainter::heightForAllLines(*timeline, view);
    view.scale = timeline::TimelinePainter::scaleFor(QSizeF(width, height), window->first,
                                                     window->second, titled);
    const QString out = parser.value(options.out);
    if (auto written = timeline::exportTimeline(*timeline, view, QSize(width, height), out);
        !written)
        return printError(written.error());
    printLine(QStringLiteral("timeline of %1 entities, %2 dated events (%3 undated): %4")
                  .arg(timeline->lines.size())
                  .arg(timeline->marks.size())
                  .arg(timeline->undated.size())
                  .arg(out));
    return kExitOk;
}

} // namespace

std::span<const Command> timelineCommands() {
    static const Command commands[] = {kTimeline};
    return commands;
}

} // namespace threadline::cli
