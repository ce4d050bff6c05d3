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

namespace {

// The files under core/FOLDER that include a header of one of `forbidden` (folders of core/).
QStringList includesOf(const QString& folder, const QStringList& forbidden) {
    const QRegularExpression include(
        QStringLiteral(R"(#\s*include\s*"(%1)/)").arg(forbidden.join(u'|')));
    QDirIterator files(QStringLiteral(THREADLINE_SOURCE_DIR "/core/") + folder,
                       {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                       QDirIterator::Subdirectories);
    QStringList offenders;
    while (files.hasNext()) {
        QFile file(files.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        if (include.match(QString::fromUtf8(file.readAll())).hasMatch())
            offenders.append(file.fileName());
    }
    return offenders;
}

} // namespace

// The importers and the store meet only in the import job above them: the store takes the
// import's value types from core/model, the importers never see the store.
TEST_CASE("the store and the importers do not include each other", "[layering]") {
    CHECK(includesOf(QStringLiteral("store"), {QStringLiteral("ingest"), QStringLiteral("jobs")})
              .isEmpty());
    CHECK(includesOf(QStringLiteral("ingest"), {QStringLiteral("store"), QStringLiteral("jobs")})
              .isEmpty());
    CHECK(includesOf(QStringLiteral("model"),
                     {QStringLiteral("store"), QStringLiteral("ingest"), QStringLiteral("jobs"),
                      QStringLiteral("graph"), QStringLiteral("chart")})
              .isEmpty());
}
