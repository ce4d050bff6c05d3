// MainWindow: the docks of the evidence views (tables, inspector, search, evidence viewer),
// how they are laid out by default, and what they ask of the window.
#include "case/CaseDocument.h"
#include "case/CountWords.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/SourceDetails.h"
#include "graph/ChartPanel.h"
#include "graph/ChartSession.h"
#include "inspector/InspectorPanel.h"
#include "mainwindow/MainWindow.h"
#include "search/SearchPanel.h"
#include "tables/TablePanel.h"
#include "timeline/TimelinePanel.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QTableView>

#include <algorithm>

namespace threadline::ui {

QDockWidget* MainWindow::addDock(const QString& title, const QString& name, QWidget* widget,
                                 Qt::DockWidgetArea area) {
    auto* dock = new QDockWidget(title, this);
    dock->setObjectName(name);
    dock->setWidget(widget);
    addDockWidget(area, dock);
    return dock;
}

// The tables of the case beside its sources; the inspector, search and the evidence viewer on
// the right, all following the document's one selection.
void MainWindow::createEvidenceViews() {
    m_entitiesPanel = new TablePanel(TablePanel::Lists::Entities, this);
    m_entitiesPanel->view()->setObjectName(QStringLiteral("EntitiesView"));
    m_linksPanel = new TablePanel(TablePanel::Lists::Links, this);
    m_linksPanel->view()->setObjectName(QStringLiteral("LinksView"));
    m_eventsPanel = new TablePanel(TablePanel::Lists::Events, this);
    m_eventsPanel->view()->setObjectName(QStringLiteral("EventsView"));
    m_entitiesDock = addDock(tr("Entities"), QStringLiteral("EntitiesDock"), m_entitiesPanel,
                             Qt::BottomDockWidgetArea);
    QDockWidget* links =
        addDock(tr("Links"), QStringLiteral("LinksDock"), m_linksPanel, Qt::BottomDockWidgetArea);
    QDockWidget* events = addDock(tr("Events"), QStringLiteral("EventsDock"), m_eventsPanel,
                                  Qt::BottomDockWidgetArea);
    tabifyDockWidget(m_sourcesDock, m_entitiesDock);
    tabifyDockWidget(m_entitiesDock, links);
    tabifyDockWidget(links, events);
    createTimelineView();
    tabifyDockWidget(events, m_timelineDock);
    m_sourcesDock->raise();

    m_inspector = new InspectorPanel(this);
    m_evidenceViewer = new EvidenceViewer(this);
    m_searchPanel = new SearchPanel(this);
    // The right column: the inspector (with search and the undo history as tabs) over the
    // evidence viewer, which gets the most room.
    m_inspectorDock = addDock(tr("Inspector"), QStringLiteral("InspectorDock"), m_inspector,
                              Qt::RightDockWidgetArea);
    m_searchDock =
        addDock(tr("Search"), QStringLiteral("SearchDock"), m_searchPanel, Qt::RightDockWidgetArea);
    m_evidenceDock = addDock(tr("Evidence"), QStringLiteral("EvidenceDock"), m_evidenceViewer,
                             Qt::RightDockWidgetArea);
    // The right column runs the window's full height; the tables sit under the chart only.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    // Split before tabifying: a dock split off a tabbed one would only become another tab.
    splitDockWidget(m_inspectorDock, m_evidenceDock, Qt::Vertical);
    tabifyDockWidget(m_inspectorDock, m_searchDock);
    tabifyDockWidget(m_inspectorDock, m_historyDock);
    m_inspectorDock->raise();
    m_caseDocks << m_entitiesDock << links << events << m_timelineDock << m_inspectorDock
                << m_searchDock << m_evidenceDock;

    for (TablePanel* panel : {m_entitiesPanel, m_linksPanel, m_eventsPanel}) {
        connect(panel, &TablePanel::evidenceRequested, this, &MainWindow::showEvidenceDock);
        connect(panel, &TablePanel::addToChartRequested, this, &MainWindow::addToChart);
    }
    connect(m_searchPanel, &SearchPanel::addToChartRequested, this, &MainWindow::addToChart);
    connect(m_searchPanel, &SearchPanel::documentChosen, this,
            [this](DocumentId document, const QStringList& terms) {
                m_evidenceViewer->showDocument(document, terms);
                m_evidenceDock->raise();
            });
    connect(m_inspector, &InspectorPanel::evidenceChosen, this, [this](int index) {
        m_evidenceViewer->showEvidence(index);
        showEvidenceDock();
    });
    connect(m_chartPanel, &ChartPanel::evidenceRequested, this, &MainWindow::showEvidenceDock);
    connect(m_evidenceViewer, &EvidenceViewer::sourceDetailsRequested, this,
            &MainWindow::showSourceDetails);
}

// The timeline of the chart shown (or of the selection), under the chart with the tables.
void MainWindow::createTimelineView() {
    m_timelinePanel = new TimelinePanel(this);
    m_timelinePanel->setChartSource([this] { return m_chartPanel->session(); });
    m_timelineDock = addDock(tr("Timeline"), QStringLiteral("TimelineDock"), m_timelinePanel,
                             Qt::BottomDockWidgetArea);
    connect(m_chartPanel, &ChartPanel::chartShown, this, [this](ChartSession* chart) {
        connect(chart, &ChartSession::loaded, m_timelinePanel, &TimelinePanel::reload,
                Qt::UniqueConnection);
        m_timelinePanel->reload();
    });
}

void MainWindow::showSourceDetails(SourceId source) {
    if (!m_document)
        return;
    m_document->worker()
        .run([source](store::CaseStore& store) { return readSourceDetails(store, source); })
        .then(this, [this](Result<SourceDetails> details) {
            if (!details)
                return statusBar()->showMessage(details.error().toString(), 15000);
            ui::showSourceDetails(*details, this);
        });
}

void MainWindow::showEvidenceDock() {
    m_evidenceDock->show();
    m_evidenceDock->raise();
}

void MainWindow::addToChart(const std::vector<EntityId>& entities) {
    ChartSession* chart = m_chartPanel->session();
    if (!chart || entities.empty())
        return;
    chart->addEntities(entities,
                       tr("Add %1 to the chart")
                           .arg(countOf(std::int64_t(entities.size()), tr("item"), tr("items"))));
    m_document->selectEntities(entities);
}

void MainWindow::sizeDocks() {
    m_dockSizesPending = false;
    resizeDocks({m_sourcesDock}, {height() / 3}, Qt::Vertical);
    resizeDocks({m_inspectorDock}, {std::clamp(width() / 3, 420, 760)}, Qt::Horizontal);
    resizeDocks({m_inspectorDock, m_evidenceDock}, {height() * 2 / 5, height() * 3 / 5},
                Qt::Vertical);
}

} // namespace threadline::ui
