// threadline-bench-chart: frames of the chart view (ChartView, offscreen, 1920x1080) on
// generated, laid-out charts stored in a case, against the naive scene (one QGraphicsItem per
// node and per link) on the same chart in the same run; picking among 1M items; the first
// frame of a 200k-node chart read from the store.
#include "case/CaseDocument.h"
#include "chart/ChartEdits.h"
#include "graph/ChartSession.h"
#include "graph/ChartView.h"
#include "store/ChartStore.h"
#include "store/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGraphicsEllipseItem>
#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace threadline;
using namespace threadline::ui;

namespace {

const QSize kScreen(1920, 1080);
constexpr int kFrames = 7; // each figure is the median of this many frames

struct GeneratedChart {
    std::vector<QPointF> positions;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> links;
};

// What a laid-out network looks like: nodes about one unit apart, in clusters of uneven size,
// each tied to near neighbours (and a few far ones): a force layout's drawing of a case.
GeneratedChart generate(std::size_t nodes, std::size_t links, std::uint64_t seed) {
    std::mt19937_64 random(seed);
    std::normal_distribution<double> spread(0, 1);
    std::uniform_real_distribution<double> unit(0, 1);
    GeneratedChart chart;
    const double side = std::sqrt(double(nodes)) * 1.2;
    const std::size_t clusters = std::max<std::size_t>(1, nodes / 400);
    std::vector<QPointF> centres;
    for (std::size_t c = 0; c < clusters; ++c)
        centres.push_back({unit(random) * side, unit(random) * side});
    for (std::size_t node = 0; node < nodes; ++node) {
        const QPointF centre = centres[node % clusters];
        chart.positions.push_back(centre + QPointF(spread(random), spread(random)) * 8);
    }
    for (std::size_t link = 0; link < links; ++link) {
        const auto from = std::uint32_t(random() % nodes);
        // Mostly within the cluster (same residue), sometimes anywhere.
        const auto to = unit(random) < 0.9
                            ? std::uint32_t((from + clusters * (1 + random() % 20)) % nodes)
                            : std::uint32_t(random() % nodes);
        if (from != to)
            chart.links.push_back({from, to});
    }
    return chart;
}

// Writes the chart's entities, links and items into a new case, as an import and a saved
// layout would.
QString storeChart(const QTemporaryDir& folder, const GeneratedChart& chart, const QString& name) {
    const QString path = folder.filePath(name + QStringLiteral(".tlcase"));
    auto created = store::CaseStore::create(path);
    if (!created || !created->charts().create(name))
        qFatal("cannot create the benchmark case");
    auto database = store::Database::open(path, store::Database::Access::ReadWrite);
    auto transaction = store::Transaction::begin(**database);
    auto entity = (*database)->prepare("INSERT INTO entities (id, type, label, created_at, "
                                       "created_by) VALUES (?, ?, ?, 'now', 'bench')");
    auto item = (*database)->prepare(
        "INSERT INTO chart_items (chart_id, entity_id, x, y) VALUES (1, ?, ?, ?)");
    auto link = (*database)->prepare("INSERT INTO links (type, from_id, to_id, created_at) "
                                     "VALUES ('called', ?, ?, 'now')");
    const QString types[] = {QStringLiteral("Phone"), QStringLiteral("Person"),
                             QStringLiteral("Ad"), QStringLiteral("PaymentAccount")};
    for (std::size_t node = 0; node < chart.positions.size(); ++node) {
        (void)entity->bind(1, std::int64_t(node + 1))
            .bind(2, types[node % 4])
            .bind(3, QStringLiteral("+1 555 01%1").arg(node, 6, 10, QLatin1Char('0')))
            .run();
        (void)item->bind(1, std::int64_t(node + 1))
            .bind(2, chart.positions[node].x())
            .bind(3, chart.positions[node].y())
            .run();
    }
    for (const auto& [from, to] : chart.links)
        (void)link->bind(1, std::int64_t(from + 1)).bind(2, std::int64_t(to + 1)).run();
    if (!transaction->commit())
        qFatal("cannot write the benchmark case");
    return path;
}

// Loads the chart with its links (its members are drawable earlier: see firstFrame()).
void waitForLoad(ChartSession& session) {
    QEventLoop loop;
    QObject::connect(&session, &ChartSession::sceneChanged, &loop, [&] {
        if (session.isComplete())
            loop.quit();
    });
    session.load();
    loop.exec();
}

// Loads the chart's members only: what the first frame of a big chart shows.
void waitForMembers(ChartSession& session) {
    QEventLoop loop;
    QObject::connect(&session, &ChartSession::loaded, &loop, &QEventLoop::quit);
    session.load();
    loop.exec();
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

struct FrameTimes {
    double pan = 0;   // a pan step, as the view draws it while the pointer moves
    double zoom = 0;  // a wheel step
    double exact = 0; // the exact drawing once the gesture rests (the same as the others
                      // where the view draws every frame exactly)
};

// Pan and zoom frames of the view where it is: a pan step, then a wheel step, then the rest
// that lets the view draw exactly; medians.
FrameTimes frameTimes(ChartView& view) {
    std::vector<double> pans, zooms, exact;
    view.refineFrame();
    for (int frame = 0; frame < kFrames; ++frame) {
        ChartTransform panned = view.transform();
        panned.panBy(QPointF(frame % 2 ? -40 : 40, 25));
        view.setTransform(panned);
        pans.push_back(view.renderFrame());
        view.zoomBy(frame % 2 ? 1 / 1.15 : 1.15);
        zooms.push_back(view.renderFrame());
        exact.push_back(view.refineFrame());
    }
    return {median(pans), median(zooms), median(exact)};
}

// The peer: one QGraphicsItem per node and per link, drawn by a QGraphicsView of the same size
// over the same part of the chart.
double naiveFrame(const GeneratedChart& chart, const ChartTransform& transform) {
    QGraphicsScene scene;
    const double size = ChartRenderer::kNodeWorldSize;
    const QPen linkPen(QColor(0x8a, 0x94, 0xa6), 0);
    for (const auto& [from, to] : chart.links)
        scene.addLine(QLineF(chart.positions[from], chart.positions[to]), linkPen);
    for (const QPointF& at : chart.positions)
        scene.addEllipse(QRectF(at - QPointF(size / 2, size / 2), QSizeF(size, size)), Qt::NoPen,
                         QColor(0xd5, 0x5e, 0x00));
    QGraphicsView view(&scene);
    view.setRenderHint(QPainter::Antialiasing);
    view.resize(kScreen);
    view.setTransform(QTransform::fromScale(transform.scale, transform.scale));
    view.centerOn(transform.centre);
    QImage image(kScreen, QImage::Format_ARGB32_Premultiplied);
    std::vector<double> frames;
    for (int frame = 0; frame < 3; ++frame) {
        QElapsedTimer timer;
        timer.start();
        QPainter painter(&image);
        view.render(&painter);
        painter.end();
        frames.push_back(timer.nsecsElapsed() / 1e6);
    }
    return median(frames);
}

// An edit of a big chart (hiding one item) as the analyst makes it: milliseconds the UI thread
// is busy, then until the chart is drawn anew.
void timeEdit(ChartSession& session, ChartView& view) {
    QElapsedTimer timer;
    timer.start();
    session.edit(chart::setHidden(session.chart(), {session.chart().items.front().entity}, true),
                 QStringLiteral("Hide"));
    const double busy = timer.nsecsElapsed() / 1e6;
    if (session.chart().items.size() > 20000) { // rebuilt off the UI thread: wait for it
        QEventLoop loop;
        QObject::connect(&session, &ChartSession::sceneChanged, &loop, &QEventLoop::quit);
        loop.exec();
    }
    view.renderFrame();
    std::fprintf(stderr,
                 "  an edit (hide one item): UI thread busy %.1f ms, redrawn after %.0f ms\n", busy,
                 timer.nsecsElapsed() / 1e6);
}

// Microseconds to find the node under the pointer among `count` nodes.
double pickMicroseconds(std::size_t count) {
    const GeneratedChart chart = generate(count, 0, 7);
    std::vector<SceneNode> nodes(count);
    for (std::size_t node = 0; node < count; ++node)
        nodes[node].position = chart.positions[node];
    const ChartScene scene = ChartScene::fromParts(std::move(nodes), {});
    std::mt19937 random(3);
    std::uniform_real_distribution<double> unit(0, 1);
    const QRectF bounds = scene.bounds();
    constexpr int kPicks = 20000;
    int found = 0;
    QElapsedTimer timer;
    timer.start();
    for (int pick = 0; pick < kPicks; ++pick)
        found += bool(scene.nodeAt(QPointF(bounds.left() + unit(random) * bounds.width(),
                                           bounds.top() + unit(random) * bounds.height()),
                                   0.5));
    const double microseconds = timer.nsecsElapsed() / 1e3 / kPicks;
    std::fprintf(stderr, "picking: %zu nodes, %d of %d picks hit, %.2f us each\n", count, found,
                 kPicks, microseconds);
    return microseconds;
}

struct Run {
    std::size_t nodes, links;
    QString view;
    double pan, zoom, naive;
};

// Milliseconds from asking for a stored chart to its first frame drawn (its nodes: the links
// are read after, in the background); printed with the time until the frame with every link.
double firstFrame(const QString& path, const QString& name) {
    QElapsedTimer timer;
    timer.start();
    auto document = CaseDocument::open(path);
    ChartSession& session = *(*document)->chart(name);
    ChartView view;
    view.resize(kScreen);
    view.setSession(document->get(), &session);
    waitForMembers(session);
    const double loaded = timer.nsecsElapsed() / 1e6;
    view.renderFrame();
    const double first = timer.nsecsElapsed() / 1e6;
    QEventLoop loop;
    QObject::connect(&session, &ChartSession::sceneChanged, &loop, [&] {
        if (session.isComplete())
            loop.quit();
    });
    loop.exec();
    const double linked = timer.nsecsElapsed() / 1e6;
    view.renderFrame();
    const double complete = timer.nsecsElapsed() / 1e6;
    std::fprintf(stderr,
                 "200k-node chart from the store: members read and drawn %.0f ms (%.0f ms of it "
                 "the frame); its 600k links read and the whole chart drawn %.0f ms after open "
                 "(%.0f ms of it the frame)\n",
                 first, first - loaded, complete, complete - linked);
    return first;
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    const bool json = application.arguments().contains(QStringLiteral("--json"));
    QTemporaryDir folder;
    std::vector<Run> runs;
    // --only N: just the chart of N nodes (profiling one size).
    const int only = application.arguments().indexOf(QStringLiteral("--only"));
    const std::size_t onlyNodes =
        only > 0 ? application.arguments().value(only + 1).toULongLong() : 0;
    for (const auto& [nodes, links] : std::vector<std::pair<std::size_t, std::size_t>>{
             {5000, 15000}, {50000, 150000}, {100000, 300000}}) {
        if (onlyNodes && nodes != onlyNodes)
            continue;
        const GeneratedChart chart = generate(nodes, links, nodes);
        const QString name = QStringLiteral("bench-%1").arg(nodes);
        const QString path = storeChart(folder, chart, name);
        auto document = CaseDocument::open(path);
        ChartSession& session = *(*document)->chart(name);
        waitForLoad(session);
        ChartView view;
        view.resize(kScreen);
        view.setSession(document->get(), &session);
        view.fitToChart();
        if (session.scene().ties().empty())
            qFatal("the benchmark chart has no ties drawn");
        for (const QString& shown : {QStringLiteral("full"), QStringLiteral("zoomed")}) {
            if (shown == QLatin1String("zoomed")) {
                view.fitToChart();
                view.zoomBy(10); // a tenth of the width and height: 1% of the area
            }
            const ChartTransform at = view.transform();
            view.renderFrame();
            const FrameTimes times = frameTimes(view);
            const double naive = naiveFrame(chart, at);
            runs.push_back({nodes, chart.links.size(), shown, times.pan, times.zoom, naive});
            std::fprintf(stderr,
                         "%zu nodes / %zu links, %s view: pan frame %.1f ms, zoom frame %.1f ms, "
                         "exact frame at rest %.1f ms; naive scene %.1f ms (%.1fx our pan frame, "
                         "%.1fx our exact frame)\n",
                         nodes, chart.links.size(), qPrintable(shown), times.pan, times.zoom,
                         times.exact, naive, naive / times.pan, naive / times.exact);
        }
        timeEdit(session, view);
    }
    if (onlyNodes && onlyNodes != 200000)
        return 0;
    const double pick = pickMicroseconds(1000000);
    const GeneratedChart big = generate(200000, 600000, 11);
    const double first =
        firstFrame(storeChart(folder, big, QStringLiteral("first")), QStringLiteral("first"));
    std::fprintf(stderr,
                 "first frame of a 200k-node chart from the store: %.0f ms (target <= 1000)\n",
                 first);
    if (!json)
        return 0;
    QJsonArray array;
    for (const Run& run : runs)
        array.append(QJsonObject{{QStringLiteral("nodes"), qint64(run.nodes)},
                                 {QStringLiteral("links"), qint64(run.links)},
                                 {QStringLiteral("view"), run.view},
                                 {QStringLiteral("pan_ms"), run.pan},
                                 {QStringLiteral("zoom_ms"), run.zoom},
                                 {QStringLiteral("naive_ms"), run.naive}});
    const QJsonObject result{{QStringLiteral("runs"), array},
                             {QStringLiteral("pick_us_at_1m"), pick},
                             {QStringLiteral("first_frame_ms_200k"), first}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
