// A libFuzzer target for one importer (THREADLINE_FUZZ_IMPORTER names it): every input is given
// to that importer as a whole file, as an import would, and, when the importer reads files of its
// kind in parts, read in parts too (of a few kilobytes, so that inputs span several). A crash, a
// sanitizer report, a hang or a run past the memory limit is a finding; an error returned is the
// importer doing its job. Built by the fuzz preset (bench/fuzz/run.sh); the findings are kept in
// tests/data/hostile/.
#include "DefaultImporters.h"
#include "ingest/Importer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace threadline;

namespace {

// Names a file as the importer's own kind would be named: several importers read the name.
QString fileNameFor(const QString& importer) {
    static const QHash<QString, QString> names = {
        {QStringLiteral("email"), QStringLiteral("message.eml")},
        {QStringLiteral("pdf"), QStringLiteral("document.pdf")},
        {QStringLiteral("archive"), QStringLiteral("archive.zip")},
        {QStringLiteral("image"), QStringLiteral("photo.jpg")},
        {QStringLiteral("ofx"), QStringLiteral("statement.ofx")},
        {QStringLiteral("mt940"), QStringLiteral("statement.sta")},
        {QStringLiteral("table"), QStringLiteral("calls.csv")},
        {QStringLiteral("office"), QStringLiteral("document.docx")},
        {QStringLiteral("phone-report"), QStringLiteral("report.xml")},
        {QStringLiteral("html-ad"), QStringLiteral("ad.html")},
        {QStringLiteral("jsonl-ads"), QStringLiteral("ads.jsonl")},
        {QStringLiteral("vcard"), QStringLiteral("contacts.vcf")},
        {QStringLiteral("text"), QStringLiteral("notes.txt")},
        {QStringLiteral("graphml"), QStringLiteral("chart.graphml")},
        {QStringLiteral("gexf"), QStringLiteral("chart.gexf")},
    };
    return names.value(importer, QStringLiteral("input.bin"));
}

struct Target {
    ingest::ImporterRegistry registry = app::makeDefaultImporters();
    const ingest::Importer* importer = nullptr;
    ingest::ImportContext context;
    ingest::ImportContext inParts; // parts of a few kilobytes, each discarded when handed over

    Target() {
        const QString name = QStringLiteral(THREADLINE_FUZZ_IMPORTER);
        importer = registry.find(name);
        if (!importer) {
            std::fprintf(stderr, "no importer named %s\n", THREADLINE_FUZZ_IMPORTER);
            std::abort();
        }
        context.fileName = fileNameFor(name);
        // Small limits, so a bomb is found as a limit hit, fast, instead of as a slow input.
        context.limits.maxBytes = 16 << 20;
        context.limits.maxExpandedBytes = 64 << 20;
        context.limits.maxImagePixels = 4'000'000;
        context.limits.maxPages = 20;
        context.limits.maxSecondsPerFile = 10;
        inParts = context;
        inParts.limits.maxBytes = 16 << 10;
        inParts.writePart = [](ingest::ImportResult&&) { return Result<void>(); };
        inParts.storeChild = [](const QString&, QIODevice& content, const JsonText&) {
            while (content.read(64 << 10).size() > 0) {
            }
            return Result<void>();
        };
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
    static QCoreApplication application(*argc, *argv); // some importers use Qt's event machinery
    qputenv("OMP_THREAD_LIMIT", "1");                  // tesseract: one thread per input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Target target;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)target.importer->import(bytes, target.context);
    if (target.importer->readsInParts(bytes.left(8192))) {
        QBuffer device;
        device.setData(bytes);
        device.open(QIODevice::ReadOnly);
        (void)target.importer->importInParts(device, target.inParts);
    }
    return 0;
}
