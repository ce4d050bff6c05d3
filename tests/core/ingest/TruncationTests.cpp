// A truncated copy of one file of every format, imported beside a good file: each either fails
// with an error that names the file, or (formats with no structure to break, such as text) still
// imports; the case stays intact and the good file is kept.
#include "DefaultImporters.h"
#include "TestSupport.h"
#include "jobs/ImportJob.h"
#include "store/CaseStore.h"
#include "store/FactStore.h"

#include <QFile>
#include <QFileInfo>

using namespace threadline;
using namespace threadline::ingest;
using namespace threadline::jobs;
using threadline::testing::Scratch;

namespace {

struct Sample {
    const char* path; // under tests/data, or ../shared/data when it starts with "shared:"
    bool mustFail;    // binary containers and XML notice truncation; plain text cannot
};

QString samplePath(const char* path) {
    const QString text = QString::fromLatin1(path);
    return text.startsWith(QLatin1String("shared:"))
               ? QStringLiteral(THREADLINE_SHARED_DATA "/") + text.mid(7)
               : QStringLiteral(THREADLINE_TEST_DATA "/") + text;
}

} // namespace

TEST_CASE("truncated copies of every format fail clearly and spare the good files",
          "[ingest][hostile]") {
    const Sample samples[] = {
        {"shared:pdf/004-pdflatex-4-pages/pdflatex-4-pages.pdf", true},
        {"image/note-photo.jpg", false}, // JPEG decoders fill the missing part grey
        {"image/note-photo-small.png", true},
        {"archive/evidence.zip", true},
        {"archive/evidence.7z", true},
        {"archive/evidence.tar.gz", true},
        {"office/contract.docx", true},
        {"office/transfers.xlsx", true},
        {"office/contacts.ods", true},
        {"phone/report.xml", true},
        {"phone/exhibit-AR-12.ufdr", true},
        {"shared:email-mime/email_multipart_nested.eml", false},
        {"shared:email-enron/enron_tiny_derived.mbox", false},
        {"shared:vcard/fullcontact.vcf", false},
        {"shared:bank-statements/ofxparse/bank_medium.ofx", false},
        {"shared:bank-statements/actualbudget/data.sta", false},
        {"table/carrier-cdr.csv", false},
    };
    Scratch scratch;
    QStringList paths;
    for (const Sample& sample : samples) {
        QFile original(samplePath(sample.path));
        REQUIRE(original.open(QIODevice::ReadOnly));
        const QByteArray bytes = original.readAll();
        paths << scratch.write(QStringLiteral("cut-") + QFileInfo(original.fileName()).fileName(),
                               bytes.left(bytes.size() / 2));
    }
    const QString good =
        scratch.write(QStringLiteral("good-notes.txt"), "Desert Inn, room 14, Friday");
    paths << good;

    auto store = store::CaseStore::create(scratch.path(QStringLiteral("case.tlcase")));
    REQUIRE(store);
    const ImporterRegistry registry = app::makeDefaultImporters();
    const ImportSummary summary = ImportJob(*store, registry, {}).run(paths);

    for (std::size_t index = 0; index < std::size(samples); ++index) {
        const QString name =
            QStringLiteral("cut-") + QFileInfo(samplePath(samples[index].path)).fileName();
        const auto file = std::find_if(
            summary.files.begin(), summary.files.end(),
            [&](const ImportedFile& imported) { return imported.name.endsWith(name); });
        REQUIRE(file != summary.files.end());
        INFO(name.toStdString() << ": " << file->error.toStdString());
        if (samples[index].mustFail) {
            CHECK_FALSE(file->ok);
            CHECK(file->error.size() > 20);
        }
    }
    CHECK(summary.files.back().ok); // the good file after them all
    CHECK(store->facts().search(QStringLiteral("Desert Inn"))->size() >= 1);
    auto report = store->verify();
    REQUIRE(report);
    CHECK(report->passed());
}
