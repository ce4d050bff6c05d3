#include "TestSupport.h"
#include "ingest/pdf/PdfImporter.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

using namespace threadline::ingest;

namespace {

threadline::Result<ImportResult> importPdf(const QByteArray& bytes, const QString& name) {
    ImportContext context;
    context.fileName = name;
    return PdfImporter().import(bytes, context);
}

QByteArray readFile(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("every PDF of the shared set imports or fails clearly", "[ingest][pdf]") {
    QDirIterator files(QStringLiteral(THREADLINE_SHARED_DATA "/pdf"), {QStringLiteral("*.pdf")},
                       QDir::Files, QDirIterator::Subdirectories);
    int imported = 0;
    QStringList failures;
    while (files.hasNext()) {
        const QString path = files.next();
        auto result = importPdf(readFile(path), QFileInfo(path).fileName());
        if (result) {
            ++imported;
            CHECK_FALSE(result->documents.empty());
        } else {
            failures << QFileInfo(path).fileName() + QStringLiteral(": ") + result.error().message;
        }
    }
    INFO(failures.join(QLatin1Char('\n')).toStdString());
    CHECK(imported == 29);
    REQUIRE(failures.size() == 2);
    failures.sort();
    CHECK(failures[0].startsWith(
        QStringLiteral("libreoffice-writer-password.pdf: the PDF is password-protected")));
    CHECK(failures[1].startsWith(
        QStringLiteral("unreadablemetadata.pdf: none of the 4 pages could be read")));
}

TEST_CASE("PDF pages keep their text and word boxes", "[ingest][pdf]") {
    auto result =
        importPdf(readFile(QStringLiteral(THREADLINE_SHARED_DATA
                                          "/pdf/004-pdflatex-4-pages/pdflatex-4-pages.pdf")),
                  QStringLiteral("pdflatex-4-pages.pdf"));
    REQUIRE(result);
    REQUIRE(result->documents.size() == 4);
    const ExtractedDocument& page = result->documents[1];
    CHECK(page.kind == QStringLiteral("page"));
    CHECK(page.locator.value(QStringLiteral("page")).toInt() == 2);
    const QJsonArray words = page.locator.value(QStringLiteral("words")).toArray();
    REQUIRE_FALSE(words.isEmpty());
    // Each word entry is [start, length, x, y, width, height]: the span names the word's text.
    const QJsonArray first = words.first().toArray();
    const QString word = page.text.mid(first[0].toInt(), first[1].toInt());
    CHECK_FALSE(word.trimmed().isEmpty());
    CHECK(first[4].toDouble() > 0);
}

TEST_CASE("the Arabic PDF imports with its Arabic text", "[ingest][pdf]") {
    auto result =
        importPdf(readFile(QStringLiteral(THREADLINE_SHARED_DATA "/pdf/015-arabic/habibi.pdf")),
                  QStringLiteral("habibi.pdf"));
    REQUIRE(result);
    CHECK(result->documents.front().text.contains(QStringLiteral("حَبيبي")));
}

TEST_CASE("files embedded in a PDF become child files", "[ingest][pdf]") {
    auto result = importPdf(
        readFile(QStringLiteral(THREADLINE_SHARED_DATA "/pdf/025-attachment/with-attachment.pdf")),
        QStringLiteral("with-attachment.pdf"));
    REQUIRE(result);
    REQUIRE(result->children.size() == 1);
    CHECK(result->children.front().name == QStringLiteral("image.png"));
    CHECK(result->children.front().bytes.startsWith("\x89PNG"));
}

TEST_CASE("a scanned page without a text layer is read by OCR", "[ingest][pdf][ocr]") {
    // A "scan": the words exist only as pixels of an image (see tests/data/README.md).
    auto result = importPdf(readFile(QStringLiteral(THREADLINE_TEST_DATA "/pdf/scanned-note.pdf")),
                            QStringLiteral("scanned-note.pdf"));
    REQUIRE(result);
    REQUIRE(result->documents.size() == 1);
    const ExtractedDocument& page = result->documents.front();
    CHECK(page.kind == QStringLiteral("ocr-page"));
    CHECK(page.locator.value(QStringLiteral("ocr")).toBool());
    CHECK(page.text.contains(QStringLiteral("Rent paid to Marco")));
    CHECK(page.locator.value(QStringLiteral("words")).toArray().size() >= 8);
}

TEST_CASE("a truncated PDF fails with a clear error", "[ingest][pdf]") {
    const QByteArray whole =
        readFile(QStringLiteral(THREADLINE_SHARED_DATA "/pdf/001-trivial/minimal-document.pdf"));
    auto result = importPdf(whole.left(whole.size() / 3), QStringLiteral("minimal-document.pdf"));
    if (!result)
        CHECK(result.error().toString().contains(QStringLiteral("minimal-document.pdf")));
    else // poppler may recover the first page of a cut file; then it must say what it read
        CHECK_FALSE(result->documents.empty());
}

// A page of noise keeps tesseract busy for many seconds; the user's cancel and the time limit for
// one file must stop it within the page, not after it.
TEST_CASE("OCR of a page of noise stops at the time limit and when cancelled",
          "[ingest][pdf][ocr][hostile]") {
    QFile file(QStringLiteral(THREADLINE_TEST_DATA "/pdf/noise-scan.pdf"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ImportContext context;
    context.fileName = QStringLiteral("noise-scan.pdf");
    context.limits.workers = 1;

    SECTION("the limit for one file") {
        context.limits.maxSecondsPerFile = 1;
        QElapsedTimer clock;
        clock.start();
        auto result = PdfImporter().import(bytes, context);
        REQUIRE(result);
        CHECK(clock.elapsed() < 8000); // the page alone takes over 10 s
        REQUIRE(result->warnings.size() == 1);
        CHECK(result->warnings.front() ==
              QStringLiteral("page 1: OCR stopped at the 1 s limit for one file"));
    }
    SECTION("the user's cancel") {
        QElapsedTimer clock;
        clock.start();
        context.progress = [&](double) { return clock.elapsed() < 1500; }; // inside the page
        auto result = PdfImporter().import(bytes, context);
        REQUIRE_FALSE(result);
        CHECK(result.error().code == threadline::ErrorCode::Cancelled);
        CHECK(clock.elapsed() < 8000);
    }
}
