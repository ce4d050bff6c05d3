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
class ImportPanel;
class ImportRunner;
class SourcesModel;
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

    const ingest::ImporterRegistry& m_importers;
    std::unique_ptr<CaseDocument> m_document;
    ImportRunner* m_import = nullptr;
    ImportPanel* m_importPanel;
    RecentCases m_recentCases;
    SourcesModel* m_sourcesModel;
    ActivityModel* m_activityModel;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    QTableView* m_sourcesView;
    QTableView* m_activityView;
    QDockWidget* m_activityDock;
    QDockWidget* m_sourcesDock;
    QDockWidget* m_historyDock;
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
