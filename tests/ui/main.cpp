// UI tests run with a real QApplication on the offscreen platform: no display needed.
#define CATCH_CONFIG_RUNNER
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication application(argc, argv);
    // Tests must not read or write the developer's own settings (recent files, window state),
    // nor each other's: ctest runs test cases in parallel processes, and one that saves its
    // window's size between another's save and restore made that one fail. Each process keeps
    // its settings in a folder of its own.
    QApplication::setOrganizationName(QStringLiteral("ThreadlineTests"));
    QApplication::setApplicationName(QStringLiteral("ThreadlineUiTests"));
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return Catch::Session().run(argc, argv);
}
