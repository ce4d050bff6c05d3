#include "timeline/TimelinePanel.h"

#include "case/CaseDocument.h"
#include "case/CaseEdits.h"
#include "graph/ChartSession.h"
#include "store/FactStore.h"
#include "timeline/AddEventDialog.h"
#include "timeline/TimelineCanvas.h"
#include "timeline/TimelineExport.h"

#include <QComboBox>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <set>

namespace threadline::ui {

namespace {

constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
constexpr int kPlayIntervalMs = 900;

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent) {
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

// The zones offered: UTC, this computer's, and those casework most often needs.
QComboBox* zoneChooser(QWidget* parent) {
    auto* zones = new QComboBox(parent);
    zones->addItem(QStringLiteral("UTC"), QByteArray("UTC"));
    const QByteArray system = QTimeZone::systemTimeZoneId();
    if (system != "UTC")
        zones->addItem(QString::fromUtf8(system) + QObject::tr(" (this computer)"), system);
    for (const char* zone : {"Europe/London", "Europe/Berlin", "Europe/Madrid", "America/New_York",
                             "America/Chicago", "America/Denver", "America/Phoenix",
                             "America/Los_Angeles", "America/Mexico_City", "Australia/Sydney"})
        if (zone != system)
            zones->addItem(QString::fromLatin1(zone), QByteArray(zone));
    zones->setToolTip(QObject::tr("Times are kept in UTC and shown in this zone"));
    return zones;
}

} // namespace

TimelinePanel::TimelinePanel(QWidget* parent)
    : QWidget(parent)
    , m_canvas(new TimelineCanvas(this))
    , m_source(new QComboBox(this))
    , m_zone(zoneChooser(this))
    , m_stepSize(new QComboBox(this))
    , m_play(toolButton(tr("Play"), tr("Walk the brushed range through time"), this))
    , m_undated(toolButton({}, tr("Events without a time: listed here, never drawn"), this))
    , m_status(new QLabel(this)) {
    m_source->addItem(tr("Entities on the chart"));
    m_source->addItem(tr("Selected entities"));
    m_stepSize->addItem(tr("a day"), qlonglong(kDayMs));
    m_stepSize->addItem(tr("a week"), qlonglong(7 * kDayMs));
    auto* back = toolButton(tr("Back"), tr("Return to the range shown before the last zoom"), this);
    auto* fit = toolButton(tr("Fit"), tr("Show every dated event"), this);
    auto* allLines = toolButton(tr("All lines"),
                                tr("Also show the lines of entities with no events in the range "
                                   "shown (hidden by default)"),
                                this);
    allLines->setCheckable(true);
    auto* earlier =
        toolButton(QStringLiteral("◀"), tr("Move the brushed range one step back"), this);
    auto* later = toolButton(QStringLiteral("▶"), tr("Move the brushed range one step on"), this);
    auto* clear = toolButton(tr("Clear range"), tr("Show the chart's links at every time"), this);
    auto* exporting = toolButton(tr("Export…"), tr("Save the timeline as SVG, PDF or PNG"), this);
    auto* adding = toolButton(tr("Add Event…"),
                              tr("Record an event you found that no source records, between the "
                                 "selected entities (undoable, audited)"),
                              this);
    m_play->setCheckable(true);

    // A tool bar: on a narrow dock the controls that do not fit go under its » button, so the
    // dock never forces the window wider than the user made it.
    auto* controls = new QToolBar(this);
    controls->setIconSize(QSize(16, 16));
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_source, m_zone, back, fit, allLines, new QLabel(tr(" Step: "), this), m_stepSize,
             earlier, m_play, later, clear, adding, exporting})
        controls->addWidget(widget);
    m_undatedAction = controls->addWidget(m_undated);
    m_status->setContentsMargins(8, 0, 4, 0);
    controls->addWidget(m_status);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(20);
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_zone->setMinimumContentsLength(14);
    m_undated->setPopupMode(QToolButton::InstantPopup);
    m_undated->setMenu(new QMenu(m_undated));
    m_undatedAction->setVisible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(controls);
    layout->addWidget(m_canvas, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, &TimelinePanel::reload);
    connect(m_zone, &QComboBox::currentIndexChanged, this,
            [this] { m_canvas->setZone(QTimeZone(m_zone->currentData().toByteArray())); });
    connect(back, &QToolButton::clicked, this, [this] {
        if (m_document)
            m_document->timeWindow().back();
    });
    connect(fit, &QToolButton::clicked, m_canvas, &TimelineCanvas::fit);
    connect(allLines, &QToolButton::toggled, this,
            [this](bool all) { m_canvas->setActiveLinesOnly(!all); });
    connect(earlier, &QToolButton::clicked, this, [this] { step(-1); });
    connect(later, &QToolButton::clicked, this, [this] { step(1); });
    connect(m_play, &QToolButton::toggled, this, &TimelinePanel::setPlaying);
    connect(clear, &QToolButton::clicked, this, [this] {
        if (m_document)
            m_document->timeWindow().setFilter(std::nullopt);
    });
    connect(exporting, &QToolButton::clicked, this, &TimelinePanel::exportTimeline);
    connect(adding, &QToolButton::clicked, this, &TimelinePanel::addEvent);
    connect(&m_player, &QTimer::timeout, this, [this] { step(1); });
    connect(m_canvas, &TimelineCanvas::eventClicked, this, [this](std::int64_t event) {
        if (m_document)
            m_document->setSelection({{}, {}, {EventId{event}}});
    });
    showStatus();
}

void TimelinePanel::setDocument(CaseDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    setPlaying(false);
    m_document = document;
    m_canvas->setTimeWindow(document ? &document->timeWindow() : nullptr);
    m_canvas->setTimeline(std::make_shared<timeline::Timeline>());
    if (!m_document)
        return;
    connect(m_document, &CaseDocument::changed, this, [this] { reload(); });
    connect(m_document, &CaseDocument::selectionChanged, this, [this] {
        if (m_source->currentIndex() == 1)
            reload();
        else
            highlightSelection();
    });
    connect(&m_document->timeWindow(), &TimeWindow::filterChanged, this,
            &TimelinePanel::showStatus);
    reload();
}

std::vector<EntityId> TimelinePanel::chosenEntities() const {
    if (!m_document)
        return {};
    if (m_source->currentIndex() == 1)
        return m_document->selection().entities;
    ChartSession* chart = m_chart ? m_chart() : nullptr;
    return chart ? chart->chart().shownEntities() : std::vector<EntityId>{};
}

void TimelinePanel::reload() {
    if (!m_document)
        return;
    const int reading = ++m_reading;
    m_document->worker()
        .run([entities = chosenEntities()](store::CaseStore& store) {
            return timeline::readTimeline(store, entities);
        })
        .then(this, [this, reading](Result<timeline::Timeline> read) {
            if (reading != m_reading || !m_document)
                return;
            if (!read) {
                m_document->reportError(read.error().toString());
                return;
            }
            m_canvas->setTimeline(std::make_shared<const timeline::Timeline>(std::move(*read)));
            highlightSelection();
            showStatus();
            listUndated();
            Q_EMIT loaded();
        });
}

// The selection's events, and those of its links, are ringed on the timeline; the lines of its
// entities are banded.
void TimelinePanel::highlightSelection() {
    if (!m_document)
        return;
    QSet<std::int64_t> events;
    for (EventId event : m_document->selection().events)
        events.insert(event.value);
    std::set<std::int64_t> links;
    for (LinkId link : m_document->selection().links)
        links.insert(link.value);
    for (const timeline::Mark& mark : m_canvas->timeline().marks)
        if (mark.link.isValid() && links.count(mark.link.value))
            events.insert(mark.id.value);
    QSet<std::int64_t> entities;
    for (EntityId entity : m_document->selection().entities)
        entities.insert(entity.value);
    m_canvas->setHighlighted(std::move(events), std::move(entities));
}

std::int64_t TimelinePanel::stepMs() const {
    return m_stepSize->currentData().toLongLong();
}

// Moves the brushed range a step; with none yet, brushes the first step of the range shown.
void TimelinePanel::step(int direction) {
    if (!m_document)
        return;
    TimeWindow& window = m_document->timeWindow();
    if (!window.filter()) {
        const std::int64_t from = m_canvas->view().scale.from();
        window.setFilter(TimeRange{from, from + stepMs()});
        return;
    }
    window.stepFilter(direction * stepMs());
    // Keep the brushed range in view.
    const TimeRange brushed = *window.filter();
    const timeline::TimeScale& scale = m_canvas->view().scale;
    if (brushed.to > scale.to() || brushed.from < scale.from())
        window.show({brushed.from - scale.span() / 4, brushed.from + scale.span() * 3 / 4}, false);
}

void TimelinePanel::setPlaying(bool playing) {
    if (playing)
        m_player.start(kPlayIntervalMs);
    else
        m_player.stop();
    if (m_play->isChecked() != playing)
        m_play->setChecked(playing);
    m_play->setText(playing ? tr("Pause") : tr("Play"));
}

void TimelinePanel::showStatus() {
    const timeline::Timeline& shown = m_canvas->timeline();
    QString status = tr("%n events", nullptr, int(shown.marks.size()));
    if (!shown.undated.empty())
        status += tr(", %n undated (not drawn)", nullptr, int(shown.undated.size()));
    if (m_document && m_document->timeWindow().filter())
        status += tr(" · chart filtered to the brushed range");
    else
        status += tr(" · Shift+drag to filter the chart to a range");
    m_status->setText(status);
}

// Undated events are never drawn at a made-up time; they are listed under this button, and
// choosing one selects it (the inspector and the evidence viewer show it).
void TimelinePanel::listUndated() {
    const std::vector<TimedEvent>& undated = m_canvas->timeline().undated;
    QMenu* menu = m_undated->menu();
    menu->clear();
    m_undatedAction->setVisible(!undated.empty()); // a tool bar shows its widgets by action
    m_undated->setText(tr("Undated (%1)").arg(undated.size()));
    constexpr std::size_t kListed = 200;
    for (std::size_t index = 0; index < std::min(undated.size(), kListed); ++index) {
        const TimedEvent& event = undated[index];
        const QString text = event.summary.isEmpty()
                                 ? event.type
                                 : QStringLiteral("%1: %2").arg(event.type, event.summary);
        menu->addAction(text.left(90), this, [this, id = event.id] {
            if (m_document)
                m_document->setSelection({{}, {}, {id}});
        });
    }
    if (undated.size() > kListed)
        menu->addAction(tr("… and %1 more (Events table)").arg(undated.size() - kListed))
            ->setEnabled(false);
}

void TimelinePanel::addEvent() {
    if (!m_document)
        return;
    const std::vector<EntityId> entities = m_document->selection().entities;
    if (entities.empty()) {
        m_document->reportError(tr("Select the entities that took part, then add the event"));
        return;
    }
    QStringList names;
    for (EntityId entity : entities) {
        const auto line =
            std::find_if(m_canvas->timeline().lines.begin(), m_canvas->timeline().lines.end(),
                         [&](const timeline::ThemeLine& theme) { return theme.entity == entity; });
        names << (line != m_canvas->timeline().lines.end()
                      ? line->label
                      : QStringLiteral("#%1").arg(entity.value));
    }
    const timeline::TimeScale& scale = m_canvas->view().scale;
    AddEventDialog dialog(entities, names, m_canvas->view().zone, scale.from() + scale.span() / 2,
                          this);
    if (dialog.exec() == QDialog::Accepted)
        ui::addEvent(*m_document, dialog.event());
}

void TimelinePanel::exportTimeline() {
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export Timeline"), QStringLiteral("timeline.pdf"),
                                     tr("PDF (*.pdf);;SVG (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    timeline::TimelineView view = m_canvas->view();
    view.title = tr("Timeline");
    view.firstLine = 0; // every line shown on screen, also those scrolled out of the dock
    const QSize size(
        std::max(1200, m_canvas->width()),
        std::max(600, timeline::TimelinePainter::heightForAllLines(m_canvas->timeline(), view)));
    view.scale =
        timeline::TimelinePainter::scaleFor(QSizeF(size), view.scale.from(), view.scale.to(), true);
    if (auto written = timeline::exportTimeline(m_canvas->timeline(), view, size, path); !written)
        m_document->reportError(written.error().toString());
    else
        m_document->reportDone(tr("Timeline saved as %1").arg(path));
}

} // namespace threadline::ui
