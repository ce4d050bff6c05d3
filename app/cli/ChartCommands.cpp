// threadline-cli chart: build and edit named charts with the same core calls as the desktop.
#include "CommandLine.h"
#include "Commands.h"
#include "GraphInput.h"
#include "Output.h"
#include "chart/ChartEdits.h"
#include "chart/ChartLayout.h"
#include "chart/KeyPlayers.h"
#include "graph/NetworkBuilder.h"
#include "store/ChartStore.h"
#include "store/FactStore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace threadline::cli {

namespace {

int runChart(const QStringList& arguments);

const Command kChart{
    "chart",
    "new|add|remove|expand|list|show CASE [NAME] [ID...] [--expand N] [--layout A] "
    "[--key-players] [--entity-types T,...] [--link-types T,...] [--limit N] [--json]",
    "Working charts: new (with --add ID..., --key-players, --expand N hops, --layout A), add, "
    "remove or expand entities, list the charts, show one; every edit audited.",
    runChart};

// The chart's options; which ones a subcommand reads is said in kChart's synopsis.
struct ChartOptions {
    QCommandLineOption add{QStringLiteral("add"),
                           QStringLiteral("Entities to put on the chart (ids, identifiers or "
                                          "labels; the option repeats, or list them after NAME)."),
                           QStringLiteral("ID")};
    QCommandLineOption expand{QStringLiteral("expand"),
                              QStringLiteral("Expand what was added this many links out."),
                              QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption layout{QStringLiteral("layout"),
                              QStringLiteral("Lay the chart out afterwards: multilevel, "
                                             "fruchterman-reingold, kamada-kawai, circular, "
                                             "grouped or flow."),
                              QStringLiteral("A")};
    QCommandLineOption keyPlayers{QStringLiteral("key-players"),
                                  QStringLiteral("Start from the case's key players (top "
                                                 "betweenness, money and call time) and their "
                                                 "strongest ties, laid out.")};
    QCommandLineOption entityTypes{QStringLiteral("entity-types"),
                                   QStringLiteral("Expand only into these entity types."),
                                   QStringLiteral("T,...")};
    QCommandLineOption linkTypes{QStringLiteral("link-types"),
                                 QStringLiteral("Expand only over these link types."),
                                 QStringLiteral("T,...")};
    QCommandLineOption limit{QStringLiteral("limit"),
                             QStringLiteral("Add at most N entities per expansion (0: all)."),
                             QStringLiteral("N"), QStringLiteral("500")};

    QList<QCommandLineOption> all() const {
        return {add, expand, layout, keyPlayers, entityTypes, linkTypes, limit, jsonOption()};
    }
    NeighbourFilter neighbourFilter(const QCommandLineParser& parser) const {
        NeighbourFilter filter;
        filter.entityTypes = parser.value(entityTypes).split(u',', Qt::SkipEmptyParts);
        filter.linkTypes = parser.value(linkTypes).split(u',', Qt::SkipEmptyParts);
        filter.limit = parser.value(limit).toInt();
        return filter;
    }
};

std::optional<std::vector<EntityId>> entitiesNamed(const store::CaseStore& store,
                                                   const QStringList& texts) {
    std::vector<EntityId> entities;
    for (const QString& text : texts)
        for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
            const auto entity = entityNamed(store, part.trimmed());
            if (!entity)
                return std::nullopt;
            entities.push_back(*entity);
        }
    return entities;
}

// Saves one change and keeps `chart` in step with what was saved.
int save(store::CaseStore& store, Chart& chart, const chart::ChartChange& change) {
    if (change.isEmpty())
        return kExitOk;
    if (auto saved = store.charts().apply(chart.name, change); !saved)
        return printError(saved.error());
    chart::apply(chart, change);
    return kExitOk;
}

// Expands `seeds` `hops` links out, one saved change per hop; the frontier is what each hop added.
int expandChart(store::CaseStore& store, Chart& chart, std::vector<EntityId> seeds, int hops,
                const NeighbourFilter& filter) {
    for (int hop = 0; hop < hops && !seeds.empty(); ++hop) {
        auto neighbours = store.facts().neighbours(seeds, filter);
        if (!neighbours)
            return printError(neighbours.error());
        const chart::ChartChange change = chart::expandItems(chart, *neighbours);
        if (int saved = save(store, chart, change); saved != kExitOk)
            return saved;
        seeds.clear();
        for (const chart::ItemChange& item : change.items)
            seeds.push_back(item.entity);
        printLine(QStringLiteral("expanded: %1 added").arg(change.items.size()));
    }
    return kExitOk;
}

int layOut(store::CaseStore& store, Chart& chart, const QString& algorithmName) {
    const auto algorithm = graph::layoutAlgorithmNamed(algorithmName);
    if (!algorithm)
        return printError(
            QStringLiteral("unknown layout '%1'; expected one of: %2")
                .arg(algorithmName, graph::layoutAlgorithmNames().join(QStringLiteral(", "))));
    NetworkFilter filter;
    filter.chart = chart.name;
    auto rows = store.facts().networkRows(filter);
    if (!rows)
        return printError(rows.error());
    ProgressBar bar(QStringLiteral("layout"));
    auto change = chart::layoutChange(chart, graph::buildNetwork(*rows), *algorithm, false, 1,
                                      [&](std::int64_t done, std::int64_t total) {
                                          bar.update(done, total);
                                          return true;
                                      });
    if (!change)
        return printError(change.error());
    return save(store, chart, *change);
}

int addKeyPlayers(store::CaseStore& store, Chart& chart) {
    auto rows = store.facts().networkRows();
    if (!rows)
        return printError(rows.error());
    auto items = chart::keyPlayerItems(graph::buildNetwork(*rows));
    if (!items)
        return printError(items.error());
    return save(store, chart, chart::addItems(chart, std::move(*items)));
}

QJsonObject itemJson(const ChartItem& item) {
    return {{QStringLiteral("entity"), qint64(item.entity.value)},
            {QStringLiteral("x"), item.x},
            {QStringLiteral("y"), item.y},
            {QStringLiteral("pinned"), item.pinned},
            {QStringLiteral("hidden"), item.hidden},
            {QStringLiteral("group"), qint64(item.group)}};
}

QJsonObject chartJson(const Chart& chart) {
    QJsonArray items;
    for (const ChartItem& item : chart.items)
        items.append(itemJson(item));
    QJsonArray groups;
    for (const ChartGroup& group : chart.groups)
        groups.append(QJsonObject{{QStringLiteral("id"), qint64(group.id)},
                                  {QStringLiteral("label"), group.label},
                                  {QStringLiteral("x"), group.x},
                                  {QStringLiteral("y"), group.y}});
    return {
        {QStringLiteral("name"), chart.name},
        {QStringLiteral("items"), items},
        {QStringLiteral("groups"), groups},
        {QStringLiteral("style"), QJsonObject{{QStringLiteral("sizeBy"), chart.style.sizeBy},
                                              {QStringLiteral("colourBy"), chart.style.colourBy}}},
        {QStringLiteral("viewport"),
         QJsonObject{{QStringLiteral("centreX"), chart.viewport.centreX},
                     {QStringLiteral("centreY"), chart.viewport.centreY},
                     {QStringLiteral("scale"), chart.viewport.scale}}}};
}

int listCharts(const store::CaseStore& store, bool json) {
    auto charts = store.charts().list();
    if (!charts)
        return printError(charts.error());
    std::vector<QStringList> rows;
    QJsonArray array;
    for (const ChartSummary& chart : *charts) {
        rows.push_back({chart.name, QString::number(chart.items), QString::number(chart.groups),
                        chart.updatedAt});
        array.append(QJsonObject{{QStringLiteral("name"), chart.name},
                                 {QStringLiteral("items"), qint64(chart.items)},
                                 {QStringLiteral("groups"), qint64(chart.groups)},
                                 {QStringLiteral("created"), chart.createdAt},
                                 {QStringLiteral("updated"), chart.updatedAt}});
    }
    if (json)
        printJson(array);
    else if (rows.empty())
        printLine(
            QStringLiteral("no charts yet; make one with: threadline-cli chart new CASE NAME"));
    else
        printTable({QStringLiteral("chart"), QStringLiteral("items"), QStringLiteral("groups"),
                    QStringLiteral("updated")},
                   rows);
    return kExitOk;
}

int showChart(const store::CaseStore& store, const QString& name, bool json) {
    auto chart = store.charts().load(name);
    if (!chart)
        return printError(chart.error());
    if (json) {
        printJson(chartJson(*chart));
        return kExitOk;
    }
    std::vector<QStringList> rows;
    for (const ChartItem& item : chart->items)
        rows.push_back({QString::number(item.entity.value), QString::number(item.x, 'f', 3),
                        QString::number(item.y, 'f', 3),
                        item.pinned ? QStringLiteral("pinned") : QString(),
                        item.hidden ? QStringLiteral("hidden") : QString(),
                        item.group ? QString::number(item.group) : QString()});
    printTable({QStringLiteral("entity"), QStringLiteral("x"), QStringLiteral("y"),
                QStringLiteral("pinned"), QStringLiteral("hidden"), QStringLiteral("group")},
               rows);
    return kExitOk;
}

// new, add, remove, expand: the subcommands that edit a chart.
int editChart(const QString& verb, const QCommandLineParser& parser, const ChartOptions& options) {
    const QStringList positional = parser.positionalArguments();
    auto store = openCase(positional[1], store::CaseStore::Access::ReadWrite);
    if (!store)
        return kExitFailure;
    const QString name = positional[2];
    if (verb == QLatin1String("new"))
        if (auto created = store->charts().create(name); !created)
            return printError(created.error());
    auto chart = store->charts().load(name);
    if (!chart)
        return printError(chart.error());
    const auto named = entitiesNamed(*store, parser.values(options.add) + positional.mid(3));
    if (!named)
        return kExitFailure;
    int result = kExitOk;
    if (verb == QLatin1String("remove"))
        result = save(*store, *chart, chart::removeItems(*chart, *named));
    else if (verb == QLatin1String("expand"))
        result =
            expandChart(*store, *chart, *named, std::max(1, parser.value(options.expand).toInt()),
                        options.neighbourFilter(parser));
    else {
        if (parser.isSet(options.keyPlayers))
            result = addKeyPlayers(*store, *chart);
        std::vector<ChartItem> items;
        for (EntityId entity : *named)
            items.push_back({entity});
        if (result == kExitOk)
            result = save(*store, *chart, chart::addItems(*chart, items));
        if (result == kExitOk)
            result = expandChart(*store, *chart, *named, parser.value(options.expand).toInt(),
                                 options.neighbourFilter(parser));
    }
    if (result == kExitOk && parser.isSet(options.layout))
        result = layOut(*store, *chart, parser.value(options.layout));
    if (result == kExitOk)
        printLine(QStringLiteral("chart '%1': %2 items").arg(name).arg(chart->items.size()));
    return result;
}

int runChart(const QStringList& arguments) {
    QCommandLineParser parser;
    const ChartOptions options;
    parser.addOptions(options.all());
    if (const auto exit = parseCommandLine(parser, kChart, arguments, 2))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional[0];
    if (verb == QLatin1String("list")) {
        auto store = openCase(positional[1], store::CaseStore::Access::ReadOnly);
        return store ? listCharts(*store, parser.isSet(jsonOption())) : kExitFailure;
    }
    const QStringList edits{QStringLiteral("new"), QStringLiteral("add"), QStringLiteral("remove"),
                            QStringLiteral("expand")};
    if (verb != QLatin1String("show") && !edits.contains(verb))
        return printError(QStringLiteral("unknown chart command '%1'; expected new, add, remove, "
                                         "expand, list or show")
                              .arg(verb));
    if (positional.size() < 3)
        return printError(QStringLiteral("chart %1 needs CASE and NAME").arg(verb));
    if (verb == QLatin1String("show")) {
        auto store = openCase(positional[1], store::CaseStore::Access::ReadOnly);
        return store ? showChart(*store, positional[2], parser.isSet(jsonOption())) : kExitFailure;
    }
    return editChart(verb, parser, options);
}

} // namespace

std::span<const Command> chartCommands() {
    static const Command commands[] = {kChart};
    return commands;
}

} // namespace threadline::cli
