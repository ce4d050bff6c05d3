#include "TestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

// core/ is the domain library: it must build without Qt Widgets so it can serve the command line,
// a future server and tests without a display.
TEST_CASE("no file under core/ includes a Qt Widgets header", "[layering]") {
    const QRegularExpression widgetsInclude(QStringLiteral(
        R"(#\s*include\s*[<"](QtWidgets/|QWidget|QApplication|QMainWindow|QDialog|QGraphics|QAbstractItemView|QTableView|QMessageBox))"));
    QDirIterator files(QStringLiteral(THREADLINE_SOURCE_DIR "/core"),
                       {QStringLiteral("*.h"), QStringLiteral("*.cpp"), QStringLiteral("*.in")},
                       QDir::Files, QDirIterator::Subdirectories);
    int scanned = 0;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        INFO(file.fileName().toStdString());
        CHECK_FALSE(widgetsInclude.match(text).hasMatch());
        ++scanned;
    }
    CHECK(scanned > 10);
}
