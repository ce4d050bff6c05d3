#include "mainwindow/MainWindow.h"

#include "activity/ActivityModel.h"
#include "case/CaseDocument.h"
#include "evidence/EvidenceViewer.h"
#include "graph/ChartPanel.h"
#include "graph/ChartSession.h"
#include "graph/ChartView.h"
#include "importing/ColumnMappingDialog.h"
#include "importing/ImportPanel.h"
#include "importing/ImportRunner.h"
#include "inspector/InspectorPanel.h"
#include "mainwindow/WelcomePage.h"
#include "search/SearchPanel.h"
#include "tables/TablePanel.h"
#include "timeline/TimelinePanel.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoView>
#include <QVBoxLayout>

namespace threadline::ui {

namespace {

const QString kCaseFilter = QObject::tr("Threadline cases (*.tlcase)");
// Raised whenever docks are added or rearranged: a layout saved by an older version is then
// not restored (it would leave the new docks wherever Qt puts them) and the default is used.
constexpr int kDockLayoutVersion = 3; // 3: the Timeline dock

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// Sizes every column to its contents but the last, which keeps filling the remaining width;
// no column takes more than a third of the view (long errors show in full as tooltips).
void fitColumnsToContents(QTableView* view) {
    const int widest = std::max(200, view->viewport()->width() / 3);
    for (int column = 0; column + 1 < view->model()->columnCount(); ++column) {
        view->resizeColumnToContents(column);
        view->setColumnWidth(column, std::min(view->columnWidth(column), widest));
    }
}

} // namespace

MainWindow::MainWindow(const ingest::ImporterRegistry& importers, QWidget* parent)
    : QMainWindow(parent)
    , m_importers(importers)
    , m_activityModel(new ActivityModel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true); // drop files or folders on the window to import them
    createViews();
    createMenus();
    restoreWindowState();
    setDocument(nullptr);
}

MainWindow::~MainWindow() = default;

void MainWindow::createViews() {
    m_welcome = new WelcomePage(this);
    connect(m_welcome, &WelcomePage::newCaseRequested, this, &MainWindow::newCase);
    connect(m_welcome, &WelcomePage::openCaseRequested, this, &MainWindow::chooseCaseToOpen);
    connect(m_welcome, &WelcomePage::recentCaseChosen, this, &MainWindow::openCase);

    auto* sourcesPage = new QWidget(this);
    m_sourcesHeading = new QLabel(sourcesPage);
    m_sourcesPanel = new TablePanel(TablePanel::Lists::Sources, sourcesPage);
    m_sourcesPanel->view()->setObjectName(QStringLiteral("SourcesView"));
    connect(m_sourcesPanel, &TablePanel::sourceChosen, this, &MainWindow::showSourceDetails);
    m_importPanel = new ImportPanel(sourcesPage);
    auto* layout = new QVBoxLayout(sourcesPage);
    layout->addWidget(m_sourcesHeading);
    layout->addWidget(m_sourcesPanel);
    layout->addWidget(m_importPanel);

    m_chartPanel = new ChartPanel(this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_chartPanel);
    setCentralWidget(m_pages);

    m_sourcesDock = new QDockWidget(tr("Sources"), this);
    m_sourcesDock->setObjectName(QStringLiteral("SourcesDock"));
    m_sourcesDock->setWidget(sourcesPage);
    addDockWidget(Qt::BottomDockWidgetArea, m_sourcesDock);

    m_undoView = new QUndoView(this);
    m_undoView->setEmptyLabel(tr("<opened case>"));
    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("UndoHistoryDock"));
    m_historyDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);

    m_activityView = makeTable(m_activityModel, this);
    m_activityView->setObjectName(QStringLiteral("ActivityView"));
    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(QStringLiteral("ActivityDock"));
    m_activityDock->setWidget(m_activityView);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    tabifyDockWidget(m_sourcesDock, m_activityDock);
    m_sourcesDock->raise();

    m_caseStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_caseStatus);
    m_caseDocks = {m_sourcesDock, m_activityDock, m_historyDock};
    createEvidenceViews();
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCaseAction =
        file->addAction(tr("&New Case…"), QKeySequence::New, this, &MainWindow::newCase);
    QAction* openAction =
        file->addAction(tr("&Open Case…"), QKeySequence::Open, this, &MainWindow::chooseCaseToOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* addAction = file->addAction(tr("&Import Files…"), QKeySequence(tr("Ctrl+I")), this,
                                         &MainWindow::chooseFilesToImport);
    QAction* folderAction = file->addAction(tr("Import &Folder…"), QKeySequence(tr("Ctrl+Shift+I")),
                                            this, &MainWindow::chooseFolderToImport);
    QAction* tableAction = file->addAction(tr("Import &Table with Column Mapping…"), this,
                                           &MainWindow::chooseTableToMap);
    m_importActions = {addAction, folderAction, tableAction};
    m_caseActions << addAction << folderAction << tableAction;
    file->addSeparator();
    m_caseActions << file->addAction(tr("&Close Case"), QKeySequence::Close, this,
                                     &MainWindow::closeCase);
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    newCaseAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    openAction->setIcon(style()->standardIcon(QStyle::SP_DialogOpenButton));
    addAction->setIcon(style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    QToolBar* toolBar = addToolBar(tr("Case"));
    toolBar->setObjectName(QStringLiteral("CaseToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->setMovable(false);
    folderAction->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    toolBar->addActions({newCaseAction, openAction, addAction, folderAction});

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget* dock : m_caseDocks)
        view->addAction(dock->toggleViewAction());
    QAction* find = view->addAction(tr("&Search the Case"), QKeySequence::Find, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_searchPanel->queryEdit()->setFocus();
        m_searchPanel->queryEdit()->selectAll();
    });
    m_caseActions << find;

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Threadline"), this, [this] {
        QMessageBox::about(this, tr("About Threadline"),
                           tr("<b>Threadline %1</b><p>Offline link analysis for "
                              "human-trafficking investigations.</p><p>GPL-3.0-or-later</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    refreshRecentMenu();
}

// Undo and Redo act on the open case's stack; the menu is rebuilt with each case.
void MainWindow::refreshEditMenu() {
    m_editMenu->clear();
    if (!m_document) {
        m_editMenu->addAction(tr("&Undo"))->setEnabled(false);
        m_editMenu->addAction(tr("&Redo"))->setEnabled(false);
        return;
    }
    QAction* undo = m_document->undoStack()->createUndoAction(m_editMenu, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_document->undoStack()->createRedoAction(m_editMenu, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    m_editMenu->addActions({undo, redo});
    m_editMenu->addSeparator();
    m_editMenu->addAction(tr("Select &All on the Chart"), QKeySequence::SelectAll,
                          m_chartPanel->view(), &ChartView::selectAll);
}

void MainWindow::refreshRecentMenu() {
    const QStringList paths = m_recentCases.paths();
    m_recentMenu->clear();
    for (const QString& path : paths)
        m_recentMenu->addAction(path, this, [this, path] { openCase(path); });
    m_recentMenu->setEnabled(!paths.isEmpty());
    m_welcome->setRecentCases(paths);
}

void MainWindow::newCase() {
    QString path = QFileDialog::getSaveFileName(this, tr("New Case"), {}, kCaseFilter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".tlcase")))
        path += QStringLiteral(".tlcase");
    auto created = CaseDocument::create(path);
    if (!created)
        return showError(tr("Cannot create the case"), created.error().toString());
    m_recentCases.add(path);
    setDocument(std::move(*created));
}

void MainWindow::chooseCaseToOpen() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Case"), {}, kCaseFilter);
    if (!path.isEmpty())
        openCase(path);
}

bool MainWindow::openCase(const QString& path) {
    auto opened = CaseDocument::open(path);
    if (!opened) {
        showError(tr("Cannot open the case"), opened.error().toString());
        return false;
    }
    m_recentCases.add(path);
    setDocument(std::move(*opened));
    return true;
}

void MainWindow::closeCase() {
    setDocument(nullptr);
}

void MainWindow::setDocument(std::unique_ptr<CaseDocument> document) {
    m_sourcesPanel->setDocument(document.get());
    m_activityModel->setDocument(document.get());
    for (TablePanel* panel : {m_entitiesPanel, m_linksPanel, m_eventsPanel})
        panel->setDocument(document.get());
    m_inspector->setDocument(document.get());
    m_evidenceViewer->setDocument(document.get());
    m_timelinePanel->setDocument(document.get());
    m_searchPanel->setDocument(document.get());
    m_chartPanel->setDocument(nullptr);
    m_undoView->setStack(nullptr);
    m_document = std::move(document);
    m_chartPanel->setDocument(m_document.get());
    refreshEditMenu();
    if (m_document) {
        connect(m_document.get(), &CaseDocument::changed, this, [this](const CaseChange& change) {
            if (change.what != CaseChange::What::Chart)
                refreshCaseViews();
        });
        connect(m_document.get(), &CaseDocument::errorOccurred, this,
                [this](const QString& message) { statusBar()->showMessage(message, 15000); });
        connect(m_document.get(), &CaseDocument::workDone, this,
                [this](const QString& message) { statusBar()->showMessage(message, 8000); });
        m_undoView->setStack(m_document->undoStack());
    }
    for (QAction* action : m_caseActions)
        action->setEnabled(m_document != nullptr);
    m_pages->setCurrentIndex(m_document ? 1 : 0);
    const bool wereHidden = !m_inspectorDock->isVisible();
    for (QDockWidget* dock : m_caseDocks) // empty views mean nothing without a case
        dock->setVisible(m_document != nullptr);
    if (m_document && wereHidden) { // shown again: the inspector and sources in front
        m_inspectorDock->raise();
        m_sourcesDock->raise();
        if (m_dockSizesPending) // once the docks just shown have been laid out
            QTimer::singleShot(0, this, &MainWindow::sizeDocks);
    }
    refreshRecentMenu();
    refreshCaseViews();
}

void MainWindow::refreshCaseViews() {
    if (!m_document) {
        setWindowTitle(tr("Threadline"));
        m_caseStatus->clear();
        return;
    }
    setWindowTitle(tr("%1 — Threadline").arg(m_document->displayName()));
    m_caseStatus->setText(m_document->path());
    m_document->worker()
        .run([](store::CaseStore& store) { return store.summary(); })
        .then(this, [this, document = m_document.get()](Result<CaseSummary> summary) {
            if (document == m_document.get())
                showSummary(summary);
        });
}

void MainWindow::showSummary(const Result<CaseSummary>& summary) {
    if (!summary)
        return statusBar()->showMessage(summary.error().toString());
    const QString files =
        summary->sources == 1 ? tr("1 file") : tr("%1 files").arg(summary->sources);
    m_sourcesHeading->setText(
        summary->sources == 0
            ? tr("<b>Sources</b>  ·  none yet: choose File ▸ Import Files… or Import Folder…, or "
                 "drop seized files on this window")
            : tr("<b>Sources</b>  ·  %1, %2  ·  %3 audit entries")
                  .arg(files, QLocale().formattedDataSize(summary->sourceBytes, 1,
                                                          QLocale::DataSizeSIFormat))
                  .arg(summary->auditEntries));
    fitColumnsToContents(m_activityView);
}

void MainWindow::chooseFilesToImport() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Import Files"));
    if (!files.isEmpty())
        importPaths(files);
}

void MainWindow::chooseFolderToImport() {
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Import Folder"));
    if (!folder.isEmpty())
        importPaths({folder});
}

void MainWindow::chooseTableToMap() {
    const QString file = QFileDialog::getOpenFileName(this, tr("Import Table with Column Mapping"),
                                                      {}, tr("Tables (*.csv *.tsv *.txt)"));
    if (file.isEmpty() || !m_document)
        return;
    ColumnMappingDialog dialog(file, *m_document, QStringLiteral("US"), this);
    if (dialog.exec() == QDialog::Accepted)
        importPaths({file}, dialog.profile().toJson());
}

bool MainWindow::importPaths(const QStringList& paths, const QJsonObject& tableProfile) {
    if (!m_document || m_import || paths.isEmpty())
        return false;
    jobs::ImportOptions options;
    options.tableProfile = tableProfile;
    m_import = new ImportRunner(m_document->path(), m_importers, options, this);
    connect(m_import, &ImportRunner::progress, m_importPanel, &ImportPanel::showProgress);
    connect(m_importPanel, &ImportPanel::cancelRequested, m_import, &ImportRunner::cancel);
    connect(m_import, &ImportRunner::finished, this, &MainWindow::finishImport);
    for (QAction* action : m_importActions)
        action->setEnabled(false);
    m_importPanel->showStarted(int(paths.size()));
    m_import->start(paths);
    return true;
}

void MainWindow::finishImport() {
    m_importPanel->showFinished(m_import->summary());
    m_import->deleteLater();
    m_import = nullptr;
    for (QAction* action : m_importActions)
        action->setEnabled(m_document != nullptr);
    if (m_document)
        m_document->notifyChanged();
    Q_EMIT importFinished();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event) {
    if (m_document && !m_import && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event) {
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (importPaths(paths))
        event->acceptProposedAction();
}

void MainWindow::showError(const QString& title, const QString& message) {
    QMessageBox::critical(this, title, message);
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray())) {
        // First run: most of the screen, and most of the window for the chart.
        const QRect screen = QGuiApplication::primaryScreen()
                                 ? QGuiApplication::primaryScreen()->availableGeometry()
                                 : QRect(0, 0, 1600, 1000);
        resize(std::max(1280, screen.width() * 9 / 10), std::max(800, screen.height() * 9 / 10));
    }
    // Without a saved layout the docks are sized when a case first shows them, at the size the
    // window then has.
    m_dockSizesPending = !restoreState(
        settings.value(QStringLiteral("mainWindow/state")).toByteArray(), kDockLayoutVersion);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState(kDockLayoutVersion));
    event->accept();
}

} // namespace threadline::ui
