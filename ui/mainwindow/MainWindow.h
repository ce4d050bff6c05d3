#pragma once

#include "mainwindow/RecentCases.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTableView;

namespace threadline::ui {

class ActivityModel;
class CaseDocument;
class SourcesModel;
class WelcomePage;
struct AddSourcesOutcome;

// Assembles the views around the open case and the File menu; holds no case logic itself.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a case file; on failure shows the error and keeps the current case.
    bool openCase(const QString& path);
    bool hasOpenCase() const { return m_document != nullptr; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createViews();
    void createMenus();
    void newCase();
    void chooseCaseToOpen();
    void closeCase();
    void chooseSourcesToAdd();
    void addSources(const QStringList& files);
    void showAddOutcome(const AddSourcesOutcome& outcome);
    void setDocument(std::unique_ptr<CaseDocument> document);
    void refreshCaseViews();
    void refreshRecentMenu();
    void showError(const QString& title, const QString& message);
    void restoreWindowState();

    std::unique_ptr<CaseDocument> m_document;
    RecentCases m_recentCases;
    SourcesModel* m_sourcesModel;
    ActivityModel* m_activityModel;
    QStackedWidget* m_pages;
    WelcomePage* m_welcome;
    QTableView* m_sourcesView;
    QTableView* m_activityView;
    QDockWidget* m_activityDock;
    QLabel* m_sourcesHeading;
    QLabel* m_caseStatus;
    QMenu* m_recentMenu = nullptr;
    QList<QAction*> m_caseActions; // enabled only while a case is open
};

} // namespace threadline::ui
