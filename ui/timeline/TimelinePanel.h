#pragma once

#include "model/Ids.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QLabel;
class QToolButton;

namespace threadline::ui {

class CaseDocument;
class ChartSession;
class TimelineCanvas;

// The Timeline dock: a theme line for every entity on the chart (or for the selection), the
// controls of the shared time window (Back, Fit, the zone shown), the brushed range that filters
// the chart and the tables, a step and play control that walks it through time (a day or a
// week) with the chart following, and Export. Reads on the store worker; draws with the painter
// the command line's export uses.
class TimelinePanel final : public QWidget {
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget* parent = nullptr);

    void setDocument(CaseDocument* document);
    // Where the chart's entities come from: the chart panel's current chart.
    void setChartSource(std::function<ChartSession*()> chart) { m_chart = std::move(chart); }
    TimelineCanvas* canvas() const { return m_canvas; }
    // Reads the timeline again (the chart or the selection changed); done when `loaded` fires.
    void reload();
    // The step of the play control: a day or a week, in milliseconds.
    std::int64_t stepMs() const;
    void step(int direction);
    void setPlaying(bool playing);
    bool isPlaying() const { return m_player.isActive(); }

Q_SIGNALS:
    void loaded();

private:
    std::vector<EntityId> chosenEntities() const;
    void highlightSelection();
    void exportTimeline();
    void addEvent();
    void showStatus();
    void listUndated();

    CaseDocument* m_document = nullptr;
    std::function<ChartSession*()> m_chart;
    TimelineCanvas* m_canvas;
    QComboBox* m_source;
    QComboBox* m_zone;
    QComboBox* m_stepSize;
    QToolButton* m_play;
    QToolButton* m_undated; // lists the events without a time, which are never drawn
    class QAction* m_undatedAction = nullptr; // its place in the tool bar
    QLabel* m_status;
    QTimer m_player;
    int m_reading = 0;
};

} // namespace threadline::ui
