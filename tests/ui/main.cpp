// UI tests run with a real QApplication on the offscreen platform: no display needed.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QStandardPaths>

#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    // Tests must not read or write the developer's own settings (recent files, window state).
    QApplication::setOrganizationName(QStringLiteral("ThreadlineTests"));
    QApplication::setApplicationName(QStringLiteral("ThreadlineUiTests"));
    return Catch::Session().run(argc, argv);
}
