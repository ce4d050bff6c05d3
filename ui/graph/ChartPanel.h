#pragma once

#include "model/Ids.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace threadline::ui {

class CaseDocument;
class ChartSession;
class ChartView;

// The chart area of the window: the chart view with its tool row (lay out, fit, progress and
// Cancel of a layout) and, for a case without a chart, the offer of a first one. Builds the
// chart's context menu; every edit goes through the chart session's undo commands.
class ChartPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ChartPanel(QWidget* parent = nullptr);

    // Shows the case's first chart (or offers one); null: nothing.
    void setDocument(CaseDocument* document);
    ChartView* view() const { return m_view; }
    ChartSession* session() const;
    // Opens the chart of that name (creating it on the first edit if it is new).
    void showChart(const QString& name);

    static QString firstChartName() { return tr("Key players"); }
    // Opens the exhibit dialog for the chart shown (its context menu's "Export as Court
    // Exhibit…").
    void exportExhibit();

Q_SIGNALS:
    // "Show Evidence" was chosen for the selection: the window brings the evidence viewer up.
    void evidenceRequested();
    // Another chart is shown (the timeline follows its entities).
    void chartShown(threadline::ui::ChartSession* chart);

private:
    void chartsListed(const QStringList& names);
    void showContextMenu(const std::vector<EntityId>& entities, QPoint at);
    void addExpandMenu(class QMenu& menu, const std::vector<EntityId>& entities);
    void addRoleMenu(class QMenu& menu, const std::vector<EntityId>& entities);
    void addProtectMenu(class QMenu& menu, const std::vector<EntityId>& entities);
    void addLinkAndMergeActions(class QMenu& menu, const std::vector<EntityId>& entities);
    void fillStyleMenu(class QMenu& menu);
    void showEvidence(const std::vector<EntityId>& entities);
    void setBusy(const QString& what);
    void selectFound(const std::vector<EntityId>& found);
    void updateOffer();
    void updateTitle();

    QPointer<CaseDocument> m_document;
    ChartView* m_view;
    QLabel* m_title;
    QLabel* m_busy;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QToolButton* m_layout;
    QToolButton* m_style;
    QWidget* m_offer;
};

} // namespace threadline::ui
