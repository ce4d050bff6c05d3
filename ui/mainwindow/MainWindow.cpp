#include "mainwindow/MainWindow.h"

#include "activity/ActivityModel.h"
#include "case/CaseDocument.h"
#include "importing/AddSourcesJob.h"
#include "mainwindow/WelcomePage.h"
#include "tables/SourcesModel.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace threadline::ui {

namespace {

const QString kCaseFilter = QObject::tr("Threadline cases (*.tlcase)");

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    auto* proxy = new QSortFilterProxyModel(view);
    proxy->setSourceModel(model);
    proxy->setSortRole(int(SourcesModel::Role::SortRole));
    view->setModel(proxy);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

// Sizes every column to its contents but the last, which keeps filling the remaining width.
void fitColumnsToContents(QTableView* view) {
    for (int column = 0; column + 1 < view->model()->columnCount(); ++column)
        view->resizeColumnToContents(column);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_sourcesModel(new SourcesModel(this))
    , m_activityModel(new ActivityModel(this)) {
    setObjectName(QStringLiteral("MainWindow"));
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
    m_sourcesView = makeTable(m_sourcesModel, sourcesPage);
    m_sourcesView->setObjectName(QStringLiteral("SourcesView"));
    m_sourcesView->setSortingEnabled(true);
    m_sourcesView->sortByColumn(SourcesModel::ImportedAt, Qt::AscendingOrder);
    auto* layout = new QVBoxLayout(sourcesPage);
    layout->addWidget(m_sourcesHeading);
    layout->addWidget(m_sourcesView);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(sourcesPage);
    setCentralWidget(m_pages);

    m_activityView = makeTable(m_activityModel, this);
    m_activityView->setObjectName(QStringLiteral("ActivityView"));
    m_activityDock = new QDockWidget(tr("Activity"), this);
    m_activityDock->setObjectName(QStringLiteral("ActivityDock"));
    m_activityDock->setWidget(m_activityView);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);

    m_caseStatus = new QLabel(this);
    statusBar()->addPermanentWidget(m_caseStatus);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newCaseAction =
        file->addAction(tr("&New Case…"), QKeySequence::New, this, &MainWindow::newCase);
    QAction* openAction =
        file->addAction(tr("&Open Case…"), QKeySequence::Open, this, &MainWindow::chooseCaseToOpen);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* addAction = file->addAction(tr("&Add Sources…"), QKeySequence(tr("Ctrl+I")), this,
                                         &MainWindow::chooseSourcesToAdd);
    m_caseActions << addAction;
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
    toolBar->addActions({newCaseAction, openAction, addAction});

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_activityDock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Threadline"), this, [this] {
        QMessageBox::about(this, tr("About Threadline"),
                           tr("<b>Threadline %1</b><p>Offline link analysis for "
                              "human-trafficking investigations.</p><p>GPL-3.0-or-later</p>")
                               .arg(QCoreApplication::applicationVersion()));
    });
    refreshRecentMenu();
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
    m_sourcesModel->setDocument(document.get());
    m_activityModel->setDocument(document.get());
    m_document = std::move(document);
    if (m_document)
        connect(m_document.get(), &CaseDocument::changed, this, &MainWindow::refreshCaseViews);
    for (QAction* action : m_caseActions)
        action->setEnabled(m_document != nullptr);
    m_pages->setCurrentIndex(m_document ? 1 : 0);
    m_activityDock->setVisible(m_document != nullptr); // an empty log means nothing on its own
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
    const auto summary = m_document->store().summary();
    if (!summary)
        return statusBar()->showMessage(summary.error().toString());
    const QString files =
        summary->sources == 1 ? tr("1 file") : tr("%1 files").arg(summary->sources);
    m_sourcesHeading->setText(
        summary->sources == 0
            ? tr("<b>Sources</b>  ·  none yet: choose File ▸ Add Sources… to store seized files "
                 "in this case")
            : tr("<b>Sources</b>  ·  %1, %2  ·  %3 audit entries")
                  .arg(files, QLocale().formattedDataSize(summary->sourceBytes, 1,
                                                          QLocale::DataSizeSIFormat))
                  .arg(summary->auditEntries));
    fitColumnsToContents(m_sourcesView);
    fitColumnsToContents(m_activityView);
}

void MainWindow::chooseSourcesToAdd() {
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Sources"));
    if (!files.isEmpty())
        addSources(files);
}

void MainWindow::addSources(const QStringList& files) {
    auto* job = new AddSourcesJob(m_document->path(), files, {}, this);
    auto* dialog = new QProgressDialog(tr("Storing originals…"), tr("Cancel"), 0, 100, this);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300);
    connect(dialog, &QProgressDialog::canceled, job, &AddSourcesJob::cancel);
    connect(job, &AddSourcesJob::progress, dialog, [dialog](int percent, const QString& name) {
        dialog->setLabelText(tr("Storing %1…").arg(name));
        dialog->setValue(percent);
    });
    connect(job, &AddSourcesJob::finished, this,
            [this, job, dialog](const AddSourcesOutcome& outcome) {
                dialog->deleteLater();
                job->deleteLater();
                if (m_document)
                    m_document->notifyChanged();
                showAddOutcome(outcome);
            });
    job->start();
}

void MainWindow::showAddOutcome(const AddSourcesOutcome& outcome) {
    QString message = tr("%n source(s) added", nullptr, outcome.added);
    if (outcome.duplicates > 0)
        message += tr(", %n already in the case", nullptr, outcome.duplicates);
    if (outcome.cancelled)
        message += tr(", cancelled");
    statusBar()->showMessage(message, 10000);
    if (!outcome.errors.isEmpty())
        showError(tr("Some files were not added"), outcome.errors.join(QLatin1Char('\n')));
}

void MainWindow::showError(const QString& title, const QString& message) {
    QMessageBox::critical(this, title, message);
}

void MainWindow::restoreWindowState() {
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1280, 800);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace threadline::ui
