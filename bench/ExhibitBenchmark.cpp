// threadline-bench-exhibit: a court exhibit of a 5,000-node chart, timed (issue 21's target:
// 30 s, with nothing cut off). The chart is the busiest 5,000 entities of the medium training
// scenario (5,000 ads with their phones, accounts, mail and papers) imported by the real
// importers and laid out by the multilevel layout; the exhibit is every file of the package:
// the chart in tiles, SVG, PNG, the source appendix with the methods, items.csv, manifest.
// Run on purpose: build/default/bin/threadline-bench-exhibit [NODES] [--out DIR] (DIR keeps the
// package, to look at its pages)
#include "DefaultImporters.h"
#include "chart/ChartEdits.h"
#include "chart/ChartLayout.h"
#include "exhibit/ExhibitPackage.h"
#include "graph/NetworkBuilder.h"
#include "jobs/ImportJob.h"
#include "scenario/ScenarioWriter.h"
#include "store/CaseStore.h"
#include "store/ChartStore.h"
#include "store/FactStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace threadline;

namespace {

constexpr double kTargetSeconds = 30;

[[noreturn]] void fatal(const QString& what) {
    std::fprintf(stderr, "threadline-bench-exhibit: %s\n", qPrintable(what));
    std::exit(1);
}

store::CaseStore importedScenario(const QTemporaryDir& folder) {
    const QString files = folder.filePath(QStringLiteral("files"));
    auto written = scenario::writeScenario(
        scenario::Scenario(20261206, scenario::ScenarioSize::Medium), files);
    if (!written)
        fatal(written.error().toString());
    QStringList paths;
    for (const QString& file : written->files)
        if (file != QLatin1String("answer-key.json"))
            paths << QDir(files).filePath(file);
    auto store = store::CaseStore::create(folder.filePath(QStringLiteral("bench.tlcase")));
    if (!store)
        fatal(store.error().toString());
    const auto importers = app::makeDefaultImporters();
    if (jobs::ImportJob(*store, importers, {}).run(paths).failed() != 0)
        fatal(QStringLiteral("the scenario did not import"));
    return std::move(*store);
}

// The `nodes` entities with the most links, on a chart laid out by the multilevel layout.
void chartBusiest(store::CaseStore& store, std::size_t nodes) {
    auto rows = store.facts().networkRows();
    if (!rows)
        fatal(rows.error().toString());
    QHash<std::int64_t, int> degree;
    for (const NetworkLinkRow& link : rows->links)
        ++degree[link.from], ++degree[link.to];
    std::vector<std::pair<int, std::int64_t>> busiest;
    for (auto entity = degree.begin(); entity != degree.end(); ++entity)
        busiest.emplace_back(entity.value(), entity.key());
    std::sort(busiest.rbegin(), busiest.rend());
    busiest.resize(std::min(busiest.size(), nodes));
    std::vector<ChartItem> items;
    for (const auto& [links, entity] : busiest)
        items.push_back({EntityId{entity}, 0, 0, false, false, 0});
    const QString name = QStringLiteral("Big chart");
    if (auto created = store.charts().create(name); !created)
        fatal(created.error().toString());
    auto chart = store.charts().load(name);
    if (!chart || !store.charts().apply(name, chart::addItems(*chart, items)))
        fatal(QStringLiteral("cannot fill the chart"));
    chart = store.charts().load(name);
    NetworkFilter filter;
    filter.chart = name;
    auto network = store.facts().networkRows(filter);
    if (!chart || !network)
        fatal(QStringLiteral("cannot read the chart"));
    auto laidOut = chart::layoutChange(*chart, graph::buildNetwork(*network),
                                       graph::LayoutAlgorithm::Multilevel, true);
    if (!laidOut || !store.charts().apply(name, *laidOut))
        fatal(QStringLiteral("cannot lay out the chart"));
}

} // namespace

int main(int argc, char** argv) {
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    std::size_t nodes = 5000;
    for (const QString& argument : arguments)
        if (argument.toInt() > 0)
            nodes = std::size_t(argument.toInt());
    const qsizetype out = arguments.indexOf(QStringLiteral("--out"));
    QTemporaryDir folder;
    QElapsedTimer clock;
    clock.start();
    store::CaseStore store = importedScenario(folder);
    chartBusiest(store, nodes);
    std::printf("case: medium scenario imported and a %zu-node chart laid out in %.1f s\n", nodes,
                double(clock.elapsed()) / 1000);
    clock.restart();
    auto summary = exhibit::exportExhibit(store, folder.filePath(QStringLiteral("bench.tlcase")),
                                          {QStringLiteral("Big chart"), QStringLiteral("B-1"),
                                           QStringLiteral("Benchmark"), true, 200, true, false},
                                          out >= 0 && out + 1 < arguments.size()
                                              ? arguments[out + 1]
                                              : folder.filePath(QStringLiteral("exhibit")));
    const double seconds = double(clock.elapsed()) / 1000;
    if (!summary)
        fatal(summary.error().toString());
    qint64 bytes = 0;
    for (const QString& file : summary->files)
        bytes += QFileInfo(QDir(summary->folder).filePath(file)).size();
    std::printf("exhibit of %zu nodes: %d chart pages (whole + tiles), %lld files, %.1f MB, "
                "zipped\n",
                nodes, summary->chartPages, qlonglong(summary->files.size()), double(bytes) / 1e6);
    std::printf("  export  %6.1f s   (target %.0f s: %.2fx of it)\n", seconds, kTargetSeconds,
                seconds / kTargetSeconds);
    return 0;
}
