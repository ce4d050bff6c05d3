// threadline: the desktop application. Builds the main window and opens the case named, if any.
#include "DefaultImporters.h"
#include "Version.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv) {
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Threadline"));
    QApplication::setApplicationName(QStringLiteral("Threadline"));
    QApplication::setApplicationVersion(QString::fromLatin1(threadline::kVersion));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/threadline.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Threadline link-analysis workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("case"), QStringLiteral("Case file to open."),
                                 QStringLiteral("[CASE]"));
    parser.process(application);

    const threadline::ingest::ImporterRegistry importers = threadline::app::makeDefaultImporters();
    threadline::ui::MainWindow window(importers);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openCase(parser.positionalArguments().front());
    return application.exec();
}
