// Every fact one click from its evidence: one selection for the window; the inspector, the
// evidence viewer with the place marked, the paged tables and search all follow it.
#include "TestSupport.h"
#include "UiSupport.h"
#include "activity/AuditWords.h"
#include "evidence/EvidenceViewer.h"
#include "evidence/SourceDetails.h"
#include "graph/ChartPanel.h"
#include "graph/ChartSession.h"
#include "graph/ChartView.h"
#include "inspector/InspectorPanel.h"
#include "mainwindow/MainWindow.h"
#include "search/SearchPanel.h"
#include "store/FactStore.h"
#include "store/TableStore.h"
#include "tables/TablePanel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <map>
#include <set>

using namespace threadline;
using namespace threadline::ui;
using threadline::testing::importedDemoCase;
using threadline::testing::openInWindow;
using threadline::testing::saveScreenshot;
using threadline::testing::Scratch;
using threadline::testing::settle;

namespace {

struct Witness {
    EntityId entity;
    QString label;
    std::vector<Evidence> evidence;
    int wanted = -1; // the piece of evidence read from the kind of document asked for
};

store::CaseStore readOnly(const QString& casePath) {
    auto store = store::CaseStore::open(casePath, store::CaseStore::Access::ReadOnly);
    REQUIRE(store);
    return std::move(*store);
}

// The first entity of `type` with a piece of evidence read from a document of `kind`.
Witness entityWithEvidenceIn(const QString& casePath, const QString& type, const QString& kind) {
    const store::CaseStore store = readOnly(casePath);
    TableQuery query;
    query.type = type;
    query.limit = 1000;
    auto rows = store.tables().entities(query);
    REQUIRE(rows);
    for (const EntityRow& row : *rows) {
        auto evidence = store.facts().evidence(row.id);
        REQUIRE(evidence);
        for (std::size_t index = 0; index < evidence->size(); ++index) {
            const Evidence& piece = (*evidence)[index];
            if (piece.document.isValid() && store.facts().document(piece.document)->kind == kind)
                return {row.id, row.label, *evidence, int(index)};
        }
    }
    FAIL("no " << type.toStdString() << " with evidence in a " << kind.toStdString());
    return {};
}

// A phone found in an ad that was saved as a web page with its photos.
Witness adSavedAsPage(const QString& casePath) {
    const store::CaseStore store = readOnly(casePath);
    TableQuery query;
    query.type = QStringLiteral("Phone");
    query.limit = 1000;
    auto rows = store.tables().entities(query);
    REQUIRE(rows);
    for (const EntityRow& row : *rows) {
        auto evidence = store.facts().evidence(row.id);
        REQUIRE(evidence);
        for (const Evidence& piece : *evidence)
            if (piece.sourceName.endsWith(QStringLiteral(".html")))
                return {row.id, row.label, *evidence};
    }
    FAIL("no phone found in a saved ad page");
    return {};
}

// The entity whose evidence comes from the most distinct sources.
Witness entityWithMostSources(const QString& casePath) {
    const store::CaseStore store = readOnly(casePath);
    TableQuery query;
    query.limit = 1000;
    auto rows = store.tables().entities(query);
    REQUIRE(rows);
    Witness best;
    std::size_t most = 0;
    for (const EntityRow& row : *rows) {
        auto evidence = store.facts().evidence(row.id);
        REQUIRE(evidence);
        std::set<std::int64_t> sources;
        for (const Evidence& piece : *evidence)
            sources.insert(piece.source.value);
        if (sources.size() > most) {
            most = sources.size();
            best = {row.id, row.label, *evidence};
        }
    }
    REQUIRE(most >= 3);
    return best;
}

void putOnChart(MainWindow& window, EntityId entity) {
    ChartSession* chart = window.chartPanel()->session();
    REQUIRE(chart);
    chart->addEntities({entity}, QStringLiteral("add"));
    settle(*window.document());
    REQUIRE(chart->scene().nodeOfEntity(entity));
}

void clickOnChart(MainWindow& window, EntityId entity) {
    ChartView* view = window.chartPanel()->view();
    view->fitToChart();
    const ChartScene& scene = window.chartPanel()->session()->scene();
    const auto node = scene.nodeOfEntity(entity);
    REQUIRE(node);
    const QPoint at = view->transform().toScreen(scene.nodes()[*node].position).toPoint();
    QTest::mouseClick(view, Qt::LeftButton, {}, at);
    settle(*window.document());
}

// Shows each piece of the viewer's evidence in turn until `wanted` holds; the index, or -1.
template <typename Wanted> int stepUntil(MainWindow& window, Wanted wanted) {
    EvidenceViewer* viewer = window.evidenceViewer();
    for (int index = 0; index < viewer->evidenceCount(); ++index) {
        viewer->showEvidence(index);
        settle(*window.document());
        if (wanted(*viewer))
            return index;
    }
    return -1;
}

// The first text the viewer marked in its HTML.
QString markedText(const QString& html) {
    static const QRegularExpression mark(QStringLiteral("background:#ffd54f[^>]*>([^<]*)<"));
    return mark.match(html).captured(1);
}

QString evidencePosition(const EvidenceViewer& viewer) {
    return viewer.findChildren<QLabel*>().front()->text();
}

} // namespace

TEST_CASE("a phone selected on the chart fills the inspector, is marked on its PDF page and "
          "is selected in the tables",
          "[ui][evidence][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const Witness phone =
        entityWithEvidenceIn(casePath, QStringLiteral("Phone"), QStringLiteral("page"));
    const auto opened = openInWindow(casePath);
    MainWindow& window = *opened;
    putOnChart(window, phone.entity);
    window.document()->selectEntities({});
    settle(*window.document());

    clickOnChart(window, phone.entity);
    REQUIRE(window.document()->selection().entities == std::vector<EntityId>{phone.entity});

    // The inspector: what it is, and each piece of evidence with its file, place and hash.
    const QString inspected = window.inspector()->browser()->toPlainText();
    CHECK(inspected.contains(phone.label));
    const auto pdf = std::find_if(phone.evidence.begin(), phone.evidence.end(),
                                  [](const Evidence& e) { return e.sourceName.endsWith(".pdf"); });
    REQUIRE(pdf != phone.evidence.end());
    CHECK(inspected.contains(pdf->sourceName));
    CHECK(inspected.contains(pdf->sha256));
    CHECK(inspected.contains(QStringLiteral("page 1")));

    // The evidence viewer: the PDF page drawn with the phone's word boxes marked.
    EvidenceViewer* viewer = window.evidenceViewer();
    CHECK(viewer->evidenceCount() == int(phone.evidence.size()));
    const int onPage = stepUntil(window, [](const EvidenceViewer& shown) {
        return shown.sight().shows == EvidenceSight::Shows::Picture && shown.sight().marks > 0 &&
               !shown.sight().place.contains(QStringLiteral("OCR")); // a PDF with a text layer
    });
    REQUIRE(onPage >= 0);
    CHECK(viewer->sight().marks >= 1);
    CHECK(viewer->sight().marks <= 4); // the number's words, not the page
    CHECK(viewer->sight().picture.width() >= 500);
    CHECK(viewer->currentEvidence()->sourceName.endsWith(QStringLiteral(".pdf")));

    // The entities table follows: the phone's row is selected.
    TablePanel* entities = window.entitiesPanel();
    const QModelIndexList selected = entities->view()->selectionModel()->selectedRows();
    REQUIRE(selected.size() == 1);
    CHECK(entities->model()->idAt(selected.front().row()) == phone.entity.value);
    saveScreenshot(window, QStringLiteral("evidence-pdf.png"));
}

TEST_CASE("an OCR'd receipt, an ad and an e-mail are shown with the place marked",
          "[ui][evidence][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const auto opened = openInWindow(casePath);
    MainWindow& window = *opened;
    const std::tuple<const char*, const char*, EvidenceSight::Shows, const char*> cases[] = {
        {"Phone", "ocr-page", EvidenceSight::Shows::Picture, "evidence-ocr-receipt.png"},
        {"EmailAddress", "email", EvidenceSight::Shows::Text, "evidence-email.png"},
        {"Phone", "row", EvidenceSight::Shows::Text, "evidence-table-row.png"}};
    for (const auto& [type, kind, shows, shot] : cases) {
        INFO(kind);
        const Witness witness =
            entityWithEvidenceIn(casePath, QLatin1String(type), QLatin1String(kind));
        window.document()->selectEntities({witness.entity});
        settle(*window.document());
        window.evidenceViewer()->showEvidence(witness.wanted);
        settle(*window.document());
        CHECK(window.evidenceViewer()->sight().shows == shows);
        CHECK(window.evidenceViewer()->sight().marks > 0);
        const Evidence* shown = window.evidenceViewer()->currentEvidence();
        REQUIRE(shown);
        CHECK(shown->source.isValid());
        if (QLatin1String(kind) == QLatin1String("row")) { // the cell, not the whole row
            const QString marked = markedText(window.evidenceViewer()->sight().html);
            CHECK_FALSE(marked.contains(u','));
            QString digits = marked;
            digits.remove(QRegularExpression(QStringLiteral("\\D")));
            CHECK(digits.size() >= 7);
            CHECK(witness.label.endsWith(digits));
        }
        saveScreenshot(window, QLatin1String(shot));
    }
    // An ad saved as a web page: its title, text and photos, the phone marked in the text.
    const Witness ad = adSavedAsPage(casePath);
    window.document()->selectEntities({ad.entity});
    settle(*window.document());
    REQUIRE(stepUntil(window, [](const EvidenceViewer& shown) {
                return !shown.sight().photos.empty();
            }) >= 0);
    CHECK(window.evidenceViewer()->sight().html.contains(QStringLiteral("<img src='photo:0'>")));
    saveScreenshot(window, QStringLiteral("evidence-ad.png"));
}

TEST_CASE("the evidence of an entity found in several files is stepped through, 2 of N",
          "[ui][evidence]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const Witness witness = entityWithMostSources(casePath);
    const auto opened = openInWindow(casePath);
    MainWindow& window = *opened;

    // Selected in the entities table: the window's selection, the inspector and the viewer follow.
    TablePanel* entities = window.entitiesPanel();
    entities->filterEdit()->setText(witness.label);
    QTest::keyClick(entities->filterEdit(), Qt::Key_Return);
    settle(*window.document());
    const int row = entities->model()->rowOf(witness.entity.value);
    REQUIRE(row >= 0);
    entities->view()->selectRow(row);
    settle(*window.document());
    REQUIRE(window.document()->selection().entities == std::vector<EntityId>{witness.entity});

    EvidenceViewer* viewer = window.evidenceViewer();
    REQUIRE(viewer->evidenceCount() == int(witness.evidence.size()));
    const int first = viewer->currentIndex();
    auto* next = viewer->findChildren<QPushButton*>().at(1);
    REQUIRE(next->toolTip().contains(QStringLiteral("Next")));
    std::set<QString> sourcesSeen{viewer->currentEvidence()->sourceName};
    for (int step = first + 1; step < viewer->evidenceCount(); ++step) {
        QTest::mouseClick(next, Qt::LeftButton);
        settle(*window.document());
        CHECK(viewer->currentIndex() == step);
        CHECK(evidencePosition(*viewer) ==
              QStringLiteral("%1 of %2").arg(step + 1).arg(viewer->evidenceCount()));
        CHECK(viewer->currentEvidence()->assertion ==
              witness.evidence[std::size_t(step)].assertion);
        sourcesSeen.insert(viewer->currentEvidence()->sourceName);
    }
    CHECK_FALSE(next->isEnabled()); // the last piece
    CHECK(sourcesSeen.size() >= 2);
    // The inspector lists the same pieces; choosing one there shows it here.
    const QString inspected = window.inspector()->browser()->toPlainText();
    for (const Evidence& piece : witness.evidence)
        if (piece.source.isValid())
            CHECK(inspected.contains(piece.sourceName));
    Q_EMIT window.inspector()->evidenceChosen(0);
    settle(*window.document());
    CHECK(viewer->currentIndex() == 0);
}

TEST_CASE("a tie clicked on the chart lists the links it sums and shows their evidence",
          "[ui][evidence][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    // Two entities with several links between them: calls, texts ...
    std::map<std::pair<std::int64_t, std::int64_t>, std::vector<LinkId>> pairs;
    {
        const store::CaseStore store = readOnly(casePath);
        TableQuery query;
        query.limit = 100000;
        auto links = store.tables().links(query);
        REQUIRE(links);
        for (const LinkRow& link : *links)
            pairs[std::minmax(link.from.value, link.to.value)].push_back(link.id);
    }
    const auto busiest = std::max_element(pairs.begin(), pairs.end(), [](auto& a, auto& b) {
        return a.second.size() < b.second.size();
    });
    REQUIRE(busiest->second.size() >= 2);
    const EntityId first{busiest->first.first};
    const EntityId second{busiest->first.second};
    const auto opened = openInWindow(casePath);
    MainWindow& window = *opened;
    putOnChart(window, first);
    putOnChart(window, second);

    ChartView* view = window.chartPanel()->view();
    view->fitToChart();
    const ChartScene& scene = window.chartPanel()->session()->scene();
    const QPointF middle = (scene.nodes()[*scene.nodeOfEntity(first)].position +
                            scene.nodes()[*scene.nodeOfEntity(second)].position) /
                           2;
    QTest::mouseClick(view, Qt::LeftButton, {}, view->transform().toScreen(middle).toPoint());
    settle(*window.document());
    std::vector<LinkId> selected = window.document()->selection().links;
    std::vector<LinkId> expected = busiest->second;
    std::sort(selected.begin(), selected.end());
    std::sort(expected.begin(), expected.end());
    CHECK(selected == expected);
    CHECK(window.document()->selection().entities.empty());
    const QString inspected = window.inspector()->browser()->toPlainText();
    CHECK(inspected.contains(QStringLiteral("%1 links summed").arg(expected.size())));
    CHECK(window.evidenceViewer()->evidenceCount() >= int(expected.size()));
    saveScreenshot(window, QStringLiteral("evidence-tie.png"));
}

TEST_CASE("a phone typed any way is found as you type, and a result is added to the chart",
          "[ui][evidence][search][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const Witness phone =
        entityWithEvidenceIn(casePath, QStringLiteral("Phone"), QStringLiteral("page"));
    // "+18735550157" as people write it: "(873) 555-0157".
    const QString digits = phone.label.right(10).remove(u' ');
    const QString typed =
        QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.right(4));
    const auto opened = openInWindow(casePath);
    MainWindow& window = *opened;
    SearchPanel* search = window.searchPanel();
    search->queryEdit()->setText(typed);
    search->searchNow();
    settle(*window.document());
    REQUIRE_FALSE(search->results().entities.empty());
    CHECK(search->results().entities.front().id == phone.entity);

    // Adding the result puts it on the chart and selects it.
    search->choose(0, true);
    settle(*window.document());
    ChartSession* chart = window.chartPanel()->session();
    REQUIRE(chart);
    CHECK(chart->scene().nodeOfEntity(phone.entity));
    CHECK(window.document()->selection().entities == std::vector<EntityId>{phone.entity});

    // Words of a document: the result opens in the viewer with them marked.
    search->queryEdit()->setText(QStringLiteral("Cash App"));
    search->searchNow();
    settle(*window.document());
    REQUIRE_FALSE(search->results().documents.empty());
    const int firstDocument = int(search->results().entities.size());
    search->resultList()->setCurrentRow(firstDocument);
    settle(*window.document());
    CHECK(window.evidenceViewer()->sight().marks >= 1);
    CHECK(window.evidenceViewer()->sight().document ==
          search->results().documents.front().document);
    // A chat message opens in its thread.
    search->queryEdit()->setText(QStringLiteral("\"Tickets are 600\""));
    search->searchNow();
    settle(*window.document());
    const auto& documents = search->results().documents;
    const auto chat = std::find_if(documents.begin(), documents.end(), [](const SearchHit& hit) {
        return hit.kind == QStringLiteral("chat-message");
    });
    REQUIRE(chat != documents.end());
    search->resultList()->setCurrentRow(int(search->results().entities.size()) +
                                        int(chat - documents.begin()));
    settle(*window.document());
    CHECK(window.evidenceViewer()->sight().html.contains(QStringLiteral("messages in this chat")));
    saveScreenshot(window, QStringLiteral("evidence-chat.png"));
    search->resultList()->setCurrentRow(firstDocument);
    settle(*window.document());
    window.findChild<QDockWidget*>(QStringLiteral("SearchDock"))->raise();
    QApplication::processEvents();
    saveScreenshot(window, QStringLiteral("search.png"));
}

TEST_CASE("the entities, links and events tables pass Qt's model tester, sorted and filtered",
          "[ui][tables][models][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    const auto opened = openInWindow(casePath);
    MainWindow& window = *opened;
    for (TablePanel* panel : {window.entitiesPanel(), window.linksPanel(), window.eventsPanel()}) {
        PagedTableModel* model = panel->model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        settle(*window.document());
        while (!model->hasReadAll()) {
            model->fetchMore({});
            settle(*window.document());
        }
        const int all = model->rowCount();
        CHECK(all == model->totalRows());
        CHECK(all > 50);
        for (int column = 0; column < model->columnCount(); ++column) {
            model->sort(column, Qt::DescendingOrder);
            settle(*window.document());
        }
        model->sort(0, Qt::AscendingOrder);
        settle(*window.document());
        panel->filterEdit()->setText(QStringLiteral("a"));
        QTest::keyClick(panel->filterEdit(), Qt::Key_Return);
        settle(*window.document());
        INFO(model->spec().noun.toStdString() << " " << model->totalRows());
        CHECK(model->rowCount() <= all);
        panel->filterEdit()->clear();
        QTest::keyClick(panel->filterEdit(), Qt::Key_Return);
        settle(*window.document());
    }
    // Sorted by label and filtered to one type, the entities table lists only that type in order.
    TablePanel* entities = window.entitiesPanel();
    entities->model()->setFilter(QStringLiteral("Phone"), {}, {});
    entities->model()->sort(0, Qt::AscendingOrder);
    settle(*window.document());
    QStringList labels;
    for (int row = 0; row < entities->model()->rowCount(); ++row) {
        CHECK(entities->model()->index(row, 1).data().toString() == QStringLiteral("Phone"));
        labels << entities->model()->index(row, 0).data().toString();
    }
    QStringList sorted = labels;
    std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
        return a.compare(b, Qt::CaseInsensitive) < 0;
    });
    CHECK(labels == sorted);
    CHECK(labels.size() > 10);
    entities->model()->setFilter({}, {}, {});
    settle(*window.document());
    window.findChild<QDockWidget*>(QStringLiteral("EntitiesDock"))->raise();
    QApplication::processEvents();
    saveScreenshot(window, QStringLiteral("tables-entities.png"));
}

TEST_CASE("a case of a million entities opens its entity table reading one page",
          "[ui][tables][million]") {
    Scratch scratch;
    const QString casePath = scratch.path(QStringLiteral("million.tlcase"));
    REQUIRE(store::CaseStore::create(casePath));
    // Rows written straight into the store: what an import of a million would leave.
    const auto filled = threadline::testing::runSqlite(
        casePath,
        QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                       "1000000) INSERT INTO entities (type, label, created_at, created_by) "
                       "SELECT CASE i % 3 WHEN 0 THEN 'Phone' WHEN 1 THEN 'Person' ELSE 'Ad' END, "
                       "printf('entity %07d', (i * 7919) % 1000003), '2026-01-01T00:00:00Z', "
                       "'test' FROM n;"));
    REQUIRE(filled.exitCode == 0);
    const auto opened = openInWindow(casePath);
    MainWindow& window = *opened;
    PagedTableModel* model = window.entitiesPanel()->model();
    settle(*window.document());
    CHECK(model->rowCount() == PagedTableModel::kPageSize);
    CHECK(model->rowsRead() == PagedTableModel::kPageSize);
    CHECK(model->totalRows() == 1000000);
    // An entity selected elsewhere, 3,000 rows down: the table reads on to it and selects it.
    TableQuery far;
    far.column = table_columns::kLabel;
    far.offset = 3000;
    far.limit = 1;
    const EntityId wanted = readOnly(casePath).tables().entities(far)->front().id;
    window.document()->selectEntities({wanted});
    for (int round = 0; round < 50 && model->rowOf(wanted.value) < 0; ++round)
        settle(*window.document());
    REQUIRE(model->rowOf(wanted.value) == 3000);
    settle(*window.document());
    const QModelIndexList shown = window.entitiesPanel()->view()->selectionModel()->selectedRows();
    REQUIRE(shown.size() == 1);
    CHECK(shown.front().row() == 3000);
    // Read on to it (and a page or two more as the view scrolled there), not the whole table.
    CHECK(model->rowsRead() <= 3000 + 3 * PagedTableModel::kPageSize);
    const std::int64_t readBeforeSort = model->rowsRead();

    // Sorting again reads the first page of the new order, not the table.
    model->sort(0, Qt::DescendingOrder);
    settle(*window.document());
    CHECK(model->rowsRead() - readBeforeSort <= 2 * PagedTableModel::kPageSize);
    CHECK(model->index(0, 0).data().toString() > model->index(1, 0).data().toString());
}

TEST_CASE("a copy of an original is saved with its hash checked, and the copy is audited",
          "[ui][evidence]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    auto document = CaseDocument::open(casePath);
    REQUIRE(document);
    const Source source = (*document)
                              ->worker()
                              .run([](store::CaseStore& store) { return store.sources()->front(); })
                              .result();
    const QString copy = scratch.path(QStringLiteral("copy-of-original"));
    const auto saved =
        (*document)
            ->worker()
            .run([&](store::CaseStore& store) { return saveOriginalCopy(store, source.id, copy); })
            .result();
    REQUIRE(saved);
    CHECK(saved->contains(QStringLiteral("matches")));
    QFile file(copy);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(QString::fromLatin1(
              QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()) ==
          source.sha256);
    const auto log = (*document)
                         ->worker()
                         .run([](store::CaseStore& store) { return store.auditLog(); })
                         .result();
    REQUIRE(log);
    CHECK(log->back().action == QStringLiteral("source.copied"));
    CHECK(describeAuditDetails(log->back()).contains(QStringLiteral("checked")));
    // Details of the source, in words an examiner reads.
    const auto details =
        (*document)
            ->worker()
            .run([&](store::CaseStore& store) { return readSourceDetails(store, source.id); })
            .result();
    REQUIRE(details);
    const QString html = sourceDetailsHtml(*details);
    CHECK(html.contains(source.sha256));
    CHECK(html.contains(QStringLiteral("Imported by")));
}
