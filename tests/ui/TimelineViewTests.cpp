// The Timeline dock (offscreen): marks at their pixel in any zone, brushing that filters the
// chart, the selection highlighted, and a screenshot of the controller's week before the first
// hotel receipt of the demo case.
#include "UiSupport.h"
#include "case/CaseDocument.h"
#include "case/CaseEdits.h"
#include "graph/ChartPanel.h"
#include "graph/ChartSession.h"
#include "mainwindow/MainWindow.h"
#include "store/FactStore.h"
#include "tables/PagedTableModel.h"
#include "tables/TablePanel.h"
#include "timeline/TimelineCanvas.h"
#include "timeline/TimelinePanel.h"

#include <QDockWidget>
#include <QImage>
#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTest>

#include <catch2/catch.hpp>

#include <set>

using namespace threadline;
using namespace threadline::ui;
using threadline::testing::importedDemoCase;
using threadline::testing::saveScreenshot;
using threadline::testing::Scratch;
using threadline::testing::settle;

namespace {

std::int64_t utc(const char* iso) {
    return *timeline::parseStoredTime(QString::fromLatin1(iso));
}

std::unique_ptr<MainWindow> openWithKeyPlayers(const QString& casePath) {
    auto window = threadline::testing::openInWindow(casePath);
    ChartSession* chart = window->chartPanel()->session();
    REQUIRE(chart);
    chart->addKeyPlayers();
    settle(*window->document());
    window->findChild<QDockWidget*>(QStringLiteral("TimelineDock"))->raise();
    settle(*window->document());
    return window;
}

int linksShown(MainWindow& window) {
    int links = 0;
    for (const SceneTie& tie : window.chartPanel()->session()->scene().ties())
        links += tie.links;
    return links;
}

// When the first hotel receipt of the demo case says the guests arrived, and the phone on file.
std::pair<std::int64_t, QString> firstHotelStay(const QString& casePath) {
    auto store = store::CaseStore::open(casePath, store::CaseStore::Access::ReadOnly);
    REQUIRE(store);
    auto hits = store->facts().search(QStringLiteral("Arrival"));
    REQUIRE(hits);
    std::int64_t earliest = 0;
    QString phone;
    static const QRegularExpression arrival(QStringLiteral("Arrival: (\\d{4}-\\d{2}-\\d{2})"));
    static const QRegularExpression onFile(QStringLiteral("Phone on file: ([()0-9 -]+)"));
    for (const SearchHit& hit : *hits) {
        auto document = store->facts().document(hit.document);
        REQUIRE(document);
        const auto found = arrival.match(document->text);
        if (!found.hasMatch())
            continue;
        const std::int64_t at = utc(qPrintable(found.captured(1)));
        if (earliest == 0 || at < earliest) {
            earliest = at;
            phone = onFile.match(document->text).captured(1).trimmed();
        }
    }
    REQUIRE(earliest > 0);
    return {earliest, phone};
}

// The controller, as an analyst finds them in the demo case: the lease's emergency contact.
EntityId controllerPhone(const QString& casePath) {
    auto store = store::CaseStore::open(casePath, store::CaseStore::Access::ReadOnly);
    REQUIRE(store);
    auto hits = store->facts().search(QStringLiteral("Emergency"));
    REQUIRE(hits);
    REQUIRE_FALSE(hits->empty());
    auto lease = store->facts().document(hits->front().document);
    REQUIRE(lease);
    static const QRegularExpression contact(
        QStringLiteral("Emergency contact: [^,]+, ([()0-9 -]+)\\."));
    const QString phone = contact.match(lease->text).captured(1);
    auto named = store->facts().entitiesNamed(phone);
    REQUIRE(named);
    REQUIRE(named->size() == 1);
    return named->front();
}

} // namespace

TEST_CASE("a mark lands at its time's pixel in every zone; only the axis labels change",
          "[ui][timeline]") {
    const std::vector<timeline::ThemeLine> lines = {{EntityId{1}, QStringLiteral("Phone A"), {}}};
    TimedEvent call{EventId{7},
                    QStringLiteral("call"),
                    QStringLiteral("2026-03-29T00:30:00Z"),
                    {},
                    0,
                    QStringLiteral("a call"),
                    {EntityId{1}},
                    LinkId{}};
    const timeline::Timeline one = timeline::buildTimeline(lines, {call});
    const QSize size(1000, 300);
    QStringList axes;
    for (const char* zone : {"UTC", "Europe/London", "America/New_York"}) {
        timeline::TimelineView view;
        view.zone = QTimeZone(zone);
        view.scale = timeline::TimelinePainter::scaleFor(QSizeF(size), utc("2026-03-28T22:00:00Z"),
                                                         utc("2026-03-29T04:00:00Z"));
        QImage image(size, QImage::Format_ARGB32);
        QPainter painter(&image);
        timeline::TimelinePainter().paint(painter, QSizeF(size), one, view);
        painter.end();
        const int x = int(std::lround(view.scale.x(utc("2026-03-29T00:30:00Z"))));
        const QRectF plot = timeline::TimelinePainter::plotArea(QSizeF(size));
        const int y = int(plot.top() + timeline::TimelinePainter::kLineHeight / 2);
        INFO(zone << " x " << x);
        const QColor mark = image.pixelColor(x, y);
        CHECK(mark.blue() > mark.red() + 60);                 // the call's blue, at its pixel
        CHECK(image.pixelColor(x + 20, y).lightness() > 150); // and nothing beside it
        QStringList labels;
        for (const timeline::Tick& tick : view.scale.ticks(view.zone, 90))
            labels << tick.label;
        axes << labels.join(u' ');
    }
    CHECK(axes[0] != axes[1]);
    CHECK(axes[1] != axes[2]);
    CHECK(axes[1].contains(QStringLiteral("02:00"))); // London skips 01:00 that night
}

TEST_CASE("brushing the timeline filters the chart to the links active then, and the selection "
          "is ringed on it",
          "[ui][timeline][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const auto [arrival, phone] = firstHotelStay(casePath);
    const auto opened = openWithKeyPlayers(casePath);
    MainWindow& window = *opened;
    CaseDocument& document = *window.document();
    TimelinePanel* panel = window.timelinePanel();
    TimelineCanvas* canvas = panel->canvas();
    settle(document);
    REQUIRE(canvas->timeline().lines.size() ==
            window.chartPanel()->session()->chart().items.size());
    REQUIRE(canvas->timeline().marks.size() > 50);
    const int allLinks = linksShown(window);
    REQUIRE(allLinks > 20);
    const std::int64_t allEvents = window.eventsPanel()->model()->totalRows();
    REQUIRE(allEvents > 100);

    // The week before the first hotel stay, brushed with Shift+drag.
    constexpr std::int64_t kWeek = 7LL * 24 * 3600 * 1000;
    document.timeWindow().show({arrival - 2 * kWeek, arrival + kWeek / 2}, true);
    settle(document);
    const timeline::TimeScale& scale = canvas->view().scale;
    const int y = int(timeline::TimelinePainter::plotArea(QSizeF(canvas->size())).top() + 10);
    QTest::mousePress(canvas, Qt::LeftButton, Qt::ShiftModifier,
                      QPoint(int(scale.x(arrival - kWeek)), y));
    QTest::mouseMove(canvas, QPoint(int(scale.x(arrival)), y));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::ShiftModifier,
                        QPoint(int(scale.x(arrival)), y));
    settle(document);
    REQUIRE(document.timeWindow().filter());
    CHECK(std::llabs(document.timeWindow().filter()->from - (arrival - kWeek)) <
          scale.msPerPixel() * 2);
    const int weekLinks = linksShown(window);
    INFO("links: all " << allLinks << ", in the week " << weekLinks);
    CHECK(weekLinks > 0);
    CHECK(weekLinks < allLinks);
    // The events table lists the week's events only.
    const std::int64_t weekEvents = window.eventsPanel()->model()->totalRows();
    CHECK(weekEvents > 0);
    CHECK(weekEvents < allEvents);

    // Stepping a week on moves the range, and the chart follows.
    panel->step(1);
    settle(document);
    CHECK(document.timeWindow().filter()->from > arrival - kWeek);
    panel->step(-1);
    settle(document);
    CHECK(linksShown(window) == weekLinks);

    // An event clicked on the timeline is the selection; the selection's events are ringed.
    const auto [begin, end] = canvas->timeline().overlapping(arrival - kWeek, arrival);
    REQUIRE(end > begin);
    const timeline::Mark& mark = canvas->timeline().marks[begin];
    document.setSelection({{}, {}, {mark.id}});
    settle(document);
    CHECK(canvas->view().highlighted.contains(mark.id.value));
    document.selectEntities({canvas->timeline().lines[0].entity});
    settle(document);
    CHECK(canvas->view().highlightedEntities.contains(canvas->timeline().lines[0].entity.value));
    document.setSelection({{}, {}, {mark.id}});
    settle(document);

    // Every control of the dock sits in its row, none over another.
    const QList<QWidget*> controls = panel->findChildren<QWidget*>(Qt::FindDirectChildrenOnly);
    for (QWidget* first : controls)
        for (QWidget* second : controls)
            if (first != second && first->isVisible() && second->isVisible() && first != canvas &&
                second != canvas)
                CHECK_FALSE(first->geometry().intersects(second->geometry()));

    // The controller's week before the first hotel stay, their phone selected: only the lines
    // active that week are drawn, the controller's first, with calls, payments and ads.
    constexpr std::int64_t kDay = kWeek / 7;
    const EntityId controller = controllerPhone(casePath);
    document.timeWindow().show({arrival - kWeek - kDay, arrival + kDay}, true);
    document.selectEntities({controller});
    settle(document);
    const timeline::TimelineView& view = canvas->view();
    REQUIRE(view.lineOrder);
    REQUIRE_FALSE(view.lineOrder->empty());
    CHECK(view.lineOrder->size() < canvas->timeline().lines.size());
    CHECK(canvas->timeline().lines[std::size_t(view.lineOrder->front())].entity == controller);
    std::set<timeline::MarkKind> kinds;
    const auto [first, last] = canvas->timeline().overlapping(arrival - kWeek, arrival);
    for (std::size_t index = first; index < last; ++index)
        kinds.insert(canvas->timeline().marks[index].kind);
    CHECK(kinds.contains(timeline::MarkKind::Call));
    CHECK(kinds.contains(timeline::MarkKind::Payment));
    CHECK(kinds.contains(timeline::MarkKind::Ad));
    // More lines than fit: a scroll bar beside them; given room for all, none.
    const auto* lineScroll = canvas->findChild<QScrollBar*>();
    REQUIRE(lineScroll);
    const int active = int(view.lineOrder->size());
    const auto fitting = [&] {
        return timeline::TimelinePainter::visibleLines(QSizeF(canvas->size()));
    };
    REQUIRE(active > fitting());
    CHECK(lineScroll->isVisible());
    auto* dock = window.findChild<QDockWidget*>(QStringLiteral("TimelineDock"));
    const int room = active * int(timeline::TimelinePainter::kLineHeight);
    window.resize(window.width(), window.height() + room / 2);
    window.resizeDocks({dock}, {dock->height() + room}, Qt::Vertical);
    settle(document);
    INFO(active << " lines active in the week, " << fitting() << " fit");
    CHECK(lineScroll->isVisible() == (active > fitting()));
    saveScreenshot(*panel, QStringLiteral("timeline-week-before-hotel.png"));
    saveScreenshot(window, QStringLiteral("timeline-window.png"));
    INFO("phone on file " << phone.toStdString());

    // Back returns to the range shown before; clearing the brush shows every link again.
    document.timeWindow().back();
    document.timeWindow().setFilter(std::nullopt);
    settle(document);
    CHECK(linksShown(window) == allLinks);
    CHECK(window.eventsPanel()->model()->totalRows() == allEvents);

    // An event the analyst adds is drawn between the lines of who took part; undo takes it back.
    const auto& lines = canvas->timeline().lines;
    REQUIRE(lines.size() >= 2);
    const std::vector<EntityId> pair{lines[0].entity, lines[1].entity};
    const auto meetings = [&] {
        return std::count_if(
            canvas->timeline().marks.begin(), canvas->timeline().marks.end(),
            [](const timeline::Mark& m) { return m.type == QLatin1String("meeting"); });
    };
    ui::addEvent(document, {QStringLiteral("meeting"),
                            QStringLiteral("2026-03-14T21:00:00Z"),
                            {},
                            QStringLiteral("met at the hotel bar"),
                            pair,
                            QStringLiteral("CCTV still")});
    settle(document);
    CHECK(meetings() == 1);
    document.undoStack()->undo();
    settle(document);
    CHECK(meetings() == 0);
    document.undoStack()->redo();
    settle(document);
    CHECK(meetings() == 1);
}
