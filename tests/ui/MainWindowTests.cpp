#include "DefaultImporters.h"
#include "TestSupport.h"
#include "UiSupport.h"
#include "activity/ActivityModel.h"
#include "activity/AuditWords.h"
#include "case/CaseDocument.h"
#include "importing/ColumnMappingDialog.h"
#include "jobs/ImportJob.h"
#include "mainwindow/MainWindow.h"
#include "scenario/ScenarioWriter.h"
#include "store/CaseStore.h"
#include "tables/CaseTableSpecs.h"
#include "tables/PagedTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QUrl>

using namespace threadline;
using namespace threadline::ui;
using threadline::testing::Scratch;
using threadline::testing::settle;

namespace {

// A small synthetic case: file names and contents are invented, no real person appears.
QString makeDemoCase(const Scratch& scratch) {
    const QString path = scratch.path(QStringLiteral("Operation Lantern.tlcase"));
    auto store = store::CaseStore::create(path);
    REQUIRE(store);
    const std::pair<const char*, QByteArray> files[] = {
        {"ad-phoenix-2026-03-14.html", "<html><title>New in town</title>602 555 0142</html>"},
        {"ad-tucson-2026-03-19.html", "<html><title>Sweet and discreet</title>520-555-0177</html>"},
        {"phone-A-report.xml", threadline::testing::patternBytes(182000, 1)},
        {"bank-statement-2026-02.csv", "date,amount,payee\n2026-02-03,9500.00,R. Okafor\n"},
        {"hotel-receipt-0312.pdf", threadline::testing::patternBytes(48000, 2)},
        {"rental-agreement.pdf", threadline::testing::patternBytes(96000, 3)},
        {"mailbox-export.mbox",
         "From someone@example.com\nSubject: rooms\n\nTwo rooms for Friday\n"},
    };
    int item = 0;
    for (const auto& [name, bytes] : files) {
        const SourceMetadata custody{
            QStringLiteral("DC A. Rivera"), QStringLiteral("AR/%1").arg(++item), {}};
        REQUIRE(store->addSource(scratch.write(QString::fromLatin1(name), bytes), custody));
    }
    return path;
}

QTableView* tableNamed(const MainWindow& window, const char* name) {
    auto* view = window.findChild<QTableView*>(QString::fromLatin1(name));
    REQUIRE(view);
    return view;
}

} // namespace

TEST_CASE("the sources and activity models pass Qt's model tester", "[ui][models]") {
    Scratch scratch;
    auto document = CaseDocument::open(makeDemoCase(scratch));
    REQUIRE(document);
    PagedTableModel sources(sourcesTable());
    ActivityModel activity;
    QAbstractItemModelTester sourcesTester(&sources,
                                           QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester activityTester(&activity,
                                            QAbstractItemModelTester::FailureReportingMode::Fatal);
    sources.setDocument(document->get());
    activity.setDocument(document->get());
    settle(**document);
    CHECK(sources.rowCount() == 7);
    CHECK(activity.rowCount() == 8);
    CHECK(sources.data(sources.index(0, SourceNameColumn)).toString() ==
          QStringLiteral("ad-phoenix-2026-03-14.html"));
    CHECK(sources.data(sources.index(0, SourceSha256Column)).toString().size() == 64);
    CHECK(sources.totalRows() == 7);
    CHECK(activity.data(activity.index(0, ActivityModel::Action)).toString() ==
          QStringLiteral("Source added"));
    CHECK(activity.data(activity.index(7, ActivityModel::Action)).toString() ==
          QStringLiteral("Case created"));
    (*document)->notifyChanged(); // a reload keeps the model consistent
    settle(**document);
    CHECK(sources.rowCount() == 7);
}

TEST_CASE("importing runs in the background and reports each file", "[ui][importing][screenshot]") {
    Scratch scratch;
    const QString casePath = makeDemoCase(scratch);
    const auto importers = app::makeDefaultImporters();
    MainWindow window(importers);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openCase(casePath));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    const QString notes =
        scratch.write(QStringLiteral("driver-notes.txt"), "Pick up at the Desert Inn, room 14");
    REQUIRE(
        window.importPaths({QStringLiteral(THREADLINE_TEST_DATA "/archive/evidence.zip"), notes,
                            QStringLiteral(THREADLINE_TEST_DATA "/hostile/huge-30000x30000.png")}));
    CHECK(window.isImporting());
    CHECK_FALSE(window.importPaths({notes})); // one import at a time
    REQUIRE(finished.wait(60000));
    CHECK_FALSE(window.isImporting());
    settle(*window.document());
    const QAbstractItemModel* sources = tableNamed(window, "SourcesView")->model();
    CHECK(sources->rowCount() == 7 + 3 + 4); // demo files, the three given, the archive's members
    bool failedShown = false;
    for (int row = 0; row < sources->rowCount(); ++row)
        failedShown = failedShown || sources->index(row, SourceStatusColumn)
                                         .data()
                                         .toString()
                                         .contains(QStringLiteral("30000 x 30000"));
    CHECK(failedShown);
    REQUIRE(QDir().mkpath(QStringLiteral(THREADLINE_SCREENSHOT_DIR)));
    REQUIRE(window.grab().save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/after-import.png")));
}

TEST_CASE("the main window shows a case's sources and activity", "[ui][screenshot]") {
    Scratch scratch;
    const QString casePath = makeDemoCase(scratch);
    const auto importers = app::makeDefaultImporters();
    MainWindow window(importers);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openCase(casePath));
    settle(*window.document());

    CHECK(window.windowTitle() == QStringLiteral("Operation Lantern — Threadline"));
    CHECK(tableNamed(window, "SourcesView")->model()->rowCount() == 7);
    CHECK(tableNamed(window, "ActivityView")->model()->rowCount() == 8);

    REQUIRE(QDir().mkpath(QStringLiteral(THREADLINE_SCREENSHOT_DIR)));
    const QString file = QStringLiteral(THREADLINE_SCREENSHOT_DIR "/main-window.png");
    REQUIRE(window.grab().save(file));
    CHECK(QFileInfo(file).size() > 10000);
}

TEST_CASE("the demo case (the small scenario) opens in the main window", "[ui][screenshot]") {
    Scratch scratch;
    const QString casePath = threadline::testing::importedDemoCase(scratch);
    MainWindow window(threadline::testing::sharedImporters());
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openCase(casePath));
    settle(*window.document());
    CHECK(tableNamed(window, "SourcesView")->model()->rowCount() > 60);
    REQUIRE(QDir().mkpath(QStringLiteral(THREADLINE_SCREENSHOT_DIR)));
    REQUIRE(window.grab().save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/demo-case.png")));
}

TEST_CASE("the window without a case offers to create or open one", "[ui][screenshot]") {
    const auto importers = app::makeDefaultImporters();
    MainWindow window(importers);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();
    CHECK_FALSE(window.hasOpenCase());
    CHECK(window.windowTitle() == QStringLiteral("Threadline"));
    REQUIRE(QDir().mkpath(QStringLiteral(THREADLINE_SCREENSHOT_DIR)));
    REQUIRE(window.grab().save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/welcome.png")));
}

TEST_CASE("the window restores its size and docks", "[ui][settings]") {
    const auto importers = app::makeDefaultImporters();
    {
        MainWindow window(importers);
        window.resize(1111, 777);
        window.show();
        window.close();
    }
    MainWindow restored(importers);
    INFO("restored " << restored.width() << "x" << restored.height() << ", at least "
                     << restored.minimumSizeHint().width() << "x"
                     << restored.minimumSizeHint().height());
    CHECK(restored.size() == QSize(1111, 777));
}

TEST_CASE("an empty case tells the user how to add sources", "[ui][screenshot]") {
    Scratch scratch;
    const QString casePath = scratch.path(QStringLiteral("Empty.tlcase"));
    REQUIRE(store::CaseStore::create(casePath));
    const auto importers = app::makeDefaultImporters();
    MainWindow window(importers);
    window.resize(1280, 800);
    window.show();
    REQUIRE(window.openCase(casePath));
    settle(*window.document());
    bool invited = false;
    for (const QLabel* label : window.findChildren<QLabel*>())
        invited = invited || label->text().contains(QStringLiteral("Import Files"));
    CHECK(invited);
    REQUIRE(window.grab().save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/empty-case.png")));
}

TEST_CASE("the column-mapping dialog previews and saves a profile", "[ui][importing][screenshot]") {
    Scratch scratch;
    auto document = CaseDocument::create(scratch.path(QStringLiteral("Mapping.tlcase")));
    REQUIRE(document);
    {
        ColumnMappingDialog dialog(QStringLiteral(THREADLINE_TEST_DATA "/table/carrier-cdr.csv"),
                                   **document, QStringLiteral("US"));
        CHECK(dialog.profile().kind == ingest::TableKind::Calls);
        CHECK(dialog.profile().columns.value(QStringLiteral("caller")) ==
              QStringLiteral("A_NUMBER"));
        const auto* result = dialog.findChild<QPlainTextEdit*>(QStringLiteral("PreviewResult"));
        REQUIRE(result);
        CHECK(result->toPlainText().contains(QStringLiteral("+16025550142  called  +14805550177")));
        dialog.show();
        QApplication::processEvents();
        REQUIRE(
            dialog.grab().save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/column-mapping.png")));
    }
    ColumnMappingDialog dialog(QStringLiteral(THREADLINE_TEST_DATA "/table/odd-header-calls.csv"),
                               **document, QStringLiteral("AU"));
    CHECK(dialog.profile().kind == ingest::TableKind::Generic);
    auto* kind = dialog.findChild<QComboBox*>(QStringLiteral("KindBox"));
    REQUIRE(kind);
    kind->setCurrentIndex(kind->findData(int(ingest::TableKind::Calls)));
    Q_EMIT kind->activated(kind->currentIndex());
    for (const auto& [role, header] :
         {std::pair{"caller", "Quien llama"}, {"callee", "Destino"}, {"start", "Fecha y hora"}}) {
        auto* box = dialog.findChild<QComboBox*>(QStringLiteral("Role_") + QLatin1String(role));
        REQUIRE(box);
        box->setCurrentIndex(box->findText(QString::fromUtf8(header)));
        Q_EMIT box->activated(box->currentIndex());
    }
    CHECK(dialog.findChild<QPlainTextEdit*>(QStringLiteral("PreviewResult"))
              ->toPlainText()
              .contains(QStringLiteral("2 links")));
    dialog.findChild<QLineEdit*>()->setText(QStringLiteral("telco-es"));
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        if (button->text() == QStringLiteral("Save as Profile"))
            button->click();
    settle(**document);
    auto profiles = (*document)
                        ->worker()
                        .run([](store::CaseStore& store) { return store.tableProfiles(); })
                        .result();
    REQUIRE(profiles);
    REQUIRE(profiles->count(QStringLiteral("telco-es")) == 1);
    CHECK(ingest::TableProfile::fromJson(profiles->at(QStringLiteral("telco-es"))).columns.size() ==
          3);
}

TEST_CASE("files dropped on the window are imported", "[ui][importing]") {
    Scratch scratch;
    const QString casePath = makeDemoCase(scratch);
    const auto importers = app::makeDefaultImporters();
    MainWindow window(importers);
    window.show();
    REQUIRE(window.openCase(casePath));
    QSignalSpy finished(&window, &MainWindow::importFinished);
    QMimeData data;
    data.setUrls({QUrl::fromLocalFile(
        scratch.write(QStringLiteral("dropped.txt"), "Dropped note: room 14"))});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    CHECK(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    REQUIRE(finished.wait(30000));
    settle(*window.document());
    CHECK(tableNamed(window, "SourcesView")->model()->rowCount() == 8);
}

// TIFF and WebP decoding comes from Qt's image-format plugins, which need the QApplication that
// only the UI tests have.
TEST_CASE("TIFF and WebP photos import like JPEG", "[ui][importing][image]") {
    QImage photo;
    REQUIRE(photo.load(QStringLiteral(THREADLINE_TEST_DATA "/image/note-photo-small.png")));
    for (const char* format : {"TIFF", "WEBP"}) {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(photo.save(&buffer, format));
        ingest::ImportContext context;
        context.fileName = QStringLiteral("photo.") + QString::fromLatin1(format).toLower();
        const auto* importer =
            threadline::testing::sharedImporters().choose(bytes.left(8192), context);
        REQUIRE(importer);
        CHECK(importer->name() == QStringLiteral("image"));
        auto result = importer->import(bytes, context);
        INFO(format);
        REQUIRE(result);
        CHECK(result->entities.front().properties.value(QStringLiteral("width")).toInt() ==
              photo.width());
    }
}

TEST_CASE("the activity view says in words what each audit row records", "[ui][models]") {
    const auto row = [](const char* action, const char* details) {
        AuditEntry entry;
        entry.action = QString::fromLatin1(action);
        entry.detailsJson = QString::fromUtf8(details);
        return entry;
    };
    CHECK(describeAuditAction(QStringLiteral("chart.undone")) ==
          QStringLiteral("Chart edit undone"));
    CHECK(describeAuditDetails(row("chart.edited", R"({"action":"add","chart":"Key players",)"
                                                   R"("entities":[1,2],"items":80})")) ==
          QStringLiteral("Edit on the chart “Key players”: added 80 items"));
    CHECK(describeAuditDetails(row("entity.role-marked", R"({"entity":7,"label":"Ana",)"
                                                         R"("reason":"on the chart",)"
                                                         R"("role":"victim"})")) ==
          QStringLiteral("Ana marked as victim (on the chart)"));
    CHECK(describeAuditDetails(row("analysis.linked", R"({"analysis":"same-photo",)"
                                                      R"("candidates":30,"links_added":11})")) ==
          QStringLiteral("11 new links by same-photo, of 30 candidates"));
    // An action it does not know is shown as recorded, never hidden.
    CHECK(describeAuditDetails(row("export.written", R"({"file":"a.pdf"})")) ==
          QStringLiteral(R"({"file":"a.pdf"})"));
}
