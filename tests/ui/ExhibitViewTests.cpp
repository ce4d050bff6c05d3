// The exhibit dialog (offscreen): a preview drawn from the package itself, an export that lands
// in the folder chosen and verifies, and protecting an identity from the chart as an undoable
// edit.
#include "UiSupport.h"
#include "case/CaseDocument.h"
#include "case/CaseEdits.h"
#include "exhibit/ExhibitPackage.h"
#include "exhibits/ExhibitDialog.h"
#include "graph/ChartPanel.h"
#include "graph/ChartSession.h"
#include "mainwindow/MainWindow.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"

#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace threadline;
using namespace threadline::ui;
using threadline::testing::importedDemoCase;
using threadline::testing::saveScreenshot;
using threadline::testing::Scratch;
using threadline::testing::settle;

namespace {

std::vector<ProtectedIdentity> protectedIn(CaseDocument& document) {
    settle(document);
    auto identities =
        document.worker()
            .run([](store::CaseStore& store) { return store.decisions().protectedEntities(); })
            .result();
    REQUIRE(identities);
    return *identities;
}

} // namespace

TEST_CASE("an identity protected on the chart is shown by pseudonym in the exhibit previewed "
          "and exported; undo releases it",
          "[ui][exhibit][screenshot]") {
    Scratch scratch;
    const QString casePath = importedDemoCase(scratch);
    auto window = threadline::testing::openInWindow(casePath);
    CaseDocument& document = *window->document();
    ChartSession* chart = window->chartPanel()->session();
    REQUIRE(chart);
    chart->addKeyPlayers();
    settle(document);
    auto phone = document.worker()
                     .run([](store::CaseStore& store) {
                         return store.facts().entitiesNamed(QStringLiteral("+13185550114"));
                     })
                     .result();
    REQUIRE(phone);
    REQUIRE(phone->size() == 1);

    protectIdentities(document, *phone, QStringLiteral("pseudonym"), QStringLiteral("victim"));
    REQUIRE(protectedIn(document).size() == 1);
    CHECK(protectedIn(document).front().shownAs == QStringLiteral("Phone V-1"));
    document.undoStack()->undo();
    CHECK(protectedIn(document).empty());
    document.undoStack()->redo();
    REQUIRE(protectedIn(document).size() == 1);

    ExhibitDialog dialog(document, chart->name(), window.get());
    dialog.resize(1200, 860);
    dialog.show();
    QSignalSpy previewed(&dialog, &ExhibitDialog::previewReady);
    REQUIRE((previewed.count() > 0 || previewed.wait(60000)));
    settle(document);
    CHECK(dialog.chartPreview().width() > 400);
    CHECK(dialog.appendixPreview().width() > 400);
    // The preview is the package: its first page is mostly white paper with a drawing on it.
    const QImage page = dialog.chartPreview();
    CHECK(page.pixelColor(page.width() / 2, 4).lightness() > 240);
    CHECK(dialog.appendixPreview().height() > dialog.appendixPreview().width()); // portrait
    CHECK(page.width() > page.height());                                         // landscape
    saveScreenshot(dialog, QStringLiteral("exhibit-dialog.png"));

    const QString folder = scratch.path(QStringLiteral("Exhibit 1"));
    dialog.findChild<QLineEdit*>(QStringLiteral("exhibitFolder"))->setText(folder);
    QSignalSpy exported(&dialog, &ExhibitDialog::exported);
    dialog.exportNow();
    REQUIRE((exported.count() > 0 || exported.wait(60000)));
    settle(document);
    CHECK(QDir(folder).exists(QStringLiteral("manifest.json")));
    auto check = exhibit::verifyExhibit(folder);
    REQUIRE(check);
    CHECK(check->passed());
}
