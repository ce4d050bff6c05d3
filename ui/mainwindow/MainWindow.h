#pragma once

#include "mainwindow/RecentCases.h"
#include "model/CaseContents.h"
#include "util/Error.h"

#include <QJsonObject>
#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;
class QUndoView;

namespace threadline::ingest {
class ImporterRegistry;
}

namespace threadline::ui {

class ActivityModel;
class ChartPanel;
class CaseDocument;
class EvidenceViewer;
class TimelinePanel;
class InspectorPanel;
class SearchPanel;
class TablePanel;
class ImportPanel;
class ImportRunner;
class WelcomePage;

// Assembles the views around the open case and the File menu; holds no case logic itself.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    // `importers` outlives the window; imports run on worker threads that share it.
    explicit MainWindow(const ingest::ImporterRegistry& importers, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a case file; on failure shows the error and keeps the current case.
    bool openCase(const QString& path);
    bool hasOpenCase() const { return m_document != nullptr; }
    CaseDocument* document() const { return m_document.get(); }
    ChartPanel* chartPanel() const { return m_chartPanel; }
    TablePanel* entitiesPanel() const { return m_entitiesPanel; }
    TablePanel* linksPanel() const { return m_linksPanel; }
    TablePanel* eventsPanel() const { return m_eventsPanel; }
    InspectorPanel* inspector() const { return m_inspector; }
    EvidenceViewer* evidenceViewer() const { return m_evidenceViewer; }
    TimelinePanel* timelinePanel() const { return m_timelinePanel; }
    SearchPanel* searchPanel() const { return m_searchPanel; }
    // Imports files and folders into the open case on a worker thread; false if one is running.
    // `tableProfile` maps the columns of tables (empty: recognise them from their headers).
    bool importPaths(const QStringList& paths, const QJsonObject& tableProfile = {});
    bool isImporting() const { return m_import != nullptr; }

Q_SIGNALS:
    void importFinished();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createViews();
    void createEvidenceViews();
    void createTimelineView();
    QDockWidget* addDock(const QString& title, const QString& name, QWidget* widget,
                         Qt::DockWidgetArea area);
    void addToChart(const std::vector<EntityId>& entities);
    void showEvidenceDock();
    void showSourceDetails(SourceId source);
    void createMenus();
    void newCase();
    void chooseCaseToOpen();
    void closeCase();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void chooseTableToMap();
    void finishImport();
    void setDocument(std::unique_ptr<CaseDocument> document);
    void refreshCaseViews();
    void showSummary(const Result<CaseSummary>& summary);
    void refreshRecentMenu();
    void refreshEditMenu();
    void showError(const QString& title, const QString& message);
    void restoreWindowState();
    void sizeDocks();

    const ingest::ImporterRegistry& m_importers;
    std::unique_ptr<CaseDocument> m_document;
    ImportRunner* m_import = nullptr;
    ImportPanel* m_importPanel;
    RecentCases m_recentCases;
    ActivityModel* m_activityModel;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    TablePanel* m_sourcesPanel;
    QTableView* m_activityView;
    QDockWidget* m_activityDock;
    QDockWidget* m_sourcesDock;
    QDockWidget* m_historyDock;
    TablePanel* m_entitiesPanel;
    TablePanel* m_linksPanel;
    TablePanel* m_eventsPanel;
    InspectorPanel* m_inspector;
    EvidenceViewer* m_evidenceViewer;
    TimelinePanel* m_timelinePanel = nullptr;
    QDockWidget* m_timelineDock = nullptr;
    SearchPanel* m_searchPanel;
    QList<QDockWidget*> m_caseDocks; // shown only while a case is open
    bool m_dockSizesPending = false; // no saved layout: size the docks when first shown
    QDockWidget* m_inspectorDock;
    QDockWidget* m_evidenceDock;
    QDockWidget* m_searchDock;
    QDockWidget* m_entitiesDock;
    QUndoView* m_undoView;
    ChartPanel* m_chartPanel;
    QMenu* m_editMenu = nullptr;
    QLabel* m_sourcesHeading;
    QLabel* m_caseStatus;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_caseActions;   // enabled only while a case is open
    QList<QAction*> m_importActions; // disabled while an import runs
};

} // namespace threadline::ui
