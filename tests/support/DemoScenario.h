#pragma once

// The files of the demo case: the small training scenario with seed 20260101 (synthetic: no
// real person's data), written into a scratch folder, without its answer key.
#include "TestSupport.h"
#include "scenario/ScenarioWriter.h"

#include <QDir>

#include <catch2/catch.hpp>

namespace threadline::testing {

inline QStringList demoScenarioFiles(const Scratch& scratch) {
    const QString folder = scratch.path(QStringLiteral("files"));
    auto written = scenario::writeScenario(
        scenario::Scenario(20260101, scenario::ScenarioSize::Small), folder);
    REQUIRE(written);
    QStringList paths;
    for (const QString& file : written->files)
        if (file != QLatin1String("answer-key.json"))
            paths << QDir(folder).filePath(file);
    return paths;
}

} // namespace threadline::testing
