#pragma once

// What the UI tests share: the demo case (the small training scenario), waiting for the store
// worker, and saving screenshots to look at.
#include "DefaultImporters.h"
#include "DemoScenario.h"
#include "TestSupport.h"
#include "case/CaseDocument.h"
#include "jobs/ImportJob.h"
#include "mainwindow/MainWindow.h"
#include "store/CaseStore.h"

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QWidget>

#include <catch2/catch.hpp>

#include <memory>

namespace threadline::testing {

inline const ingest::ImporterRegistry& sharedImporters() {
    static const ingest::ImporterRegistry registry = app::makeDefaultImporters();
    return registry;
}

// The demo case: the small scenario with seed 20260101, imported into a new case (synthetic:
// no real person's data).
inline QString importedDemoCase(const Scratch& scratch) {
    const QStringList paths = demoScenarioFiles(scratch);
    const QString casePath = scratch.path(QStringLiteral("demo.tlcase"));
    auto store = store::CaseStore::create(casePath);
    REQUIRE(store);
    CHECK(jobs::ImportJob(*store, sharedImporters(), {}).run(paths).failed() == 0);
    return casePath;
}

// Lets the case's store worker finish and its answers reach the views (a few rounds: an
// answer may ask the worker again).
inline void settle(ui::CaseDocument& document) {
    for (int round = 0; round < 6; ++round) {
        document.worker().waitForIdle();
        QApplication::processEvents();
    }
}

// A window on the case in the default layout (not one an earlier test left in the settings).
inline std::unique_ptr<ui::MainWindow> openInWindow(const QString& casePath) {
    QSettings().clear();
    auto window = std::make_unique<ui::MainWindow>(sharedImporters());
    window->resize(1800, 1100);
    window->show();
    REQUIRE(window->openCase(casePath));
    settle(*window->document());
    return window;
}

inline void saveScreenshot(QWidget& widget, const QString& name) {
    REQUIRE(QDir().mkpath(QStringLiteral(THREADLINE_SCREENSHOT_DIR)));
    REQUIRE(widget.grab().save(QStringLiteral(THREADLINE_SCREENSHOT_DIR "/") + name));
}

} // namespace threadline::testing
