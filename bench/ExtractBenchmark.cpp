// Identifier extraction: precision and recall per extractor on the labelled ad corpus, and
// phone-extraction speed beside libphonenumber's PhoneNumberMatcher on the same ads (the plain
// way to find numbers in text), as MB/s and a ratio. Run on purpose:
//   build/release/bin/threadline-bench-extract [CORPUS.jsonl] [REPEAT]
#include "PhoneMatcherPeer.h"
#include "extract/CorpusScore.h"
#include "extract/PhoneExtractor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace threadline;

namespace {

using bench::LabelledText;
using bench::PhoneRun;

std::vector<LabelledText> readAds(const QString& path) {
    std::vector<LabelledText> ads;
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    while (!file.atEnd()) {
        const QJsonObject ad = QJsonDocument::fromJson(file.readLine()).object();
        LabelledText entry{ad.value(QStringLiteral("text")).toString(), {}, {}};
        entry.utf8 = entry.text.toStdString();
        for (const QJsonValue& label : ad.value(QStringLiteral("labels")).toArray())
            if (label[QStringLiteral("kind")].toString() == QLatin1String("phone"))
                entry.phones.insert(label[QStringLiteral("value")].toString());
        ads.push_back(std::move(entry));
    }
    return ads;
}

PhoneRun runOurs(const std::vector<LabelledText>& ads, int repeat) {
    PhoneRun run;
    QElapsedTimer clock;
    clock.start();
    for (int pass = 0; pass < repeat; ++pass) {
        extract::PhoneExtractor extractor(
            QStringLiteral("US")); // a fresh memo per pass: no caching across passes
        for (const LabelledText& ad : ads)
            for (const extract::Match& match : extractor.extract(ad.text))
                if (pass == 0) {
                    ++run.found;
                    run.correct += int(ad.phones.count(match.value));
                }
    }
    run.seconds = clock.nsecsElapsed() / 1e9;
    return run;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication application(argc, argv);
    const QString corpus =
        argc > 1 ? QString::fromLocal8Bit(argv[1])
                 : QStringLiteral(THREADLINE_SOURCE_DIR "/tests/data/ads/labelled-ads.jsonl");
    const int repeat = argc > 2 ? std::atoi(argv[2]) : 20;
    auto score = extract::scoreCorpus(corpus);
    if (!score) {
        std::fprintf(stderr, "%s\n", qPrintable(score.error().toString()));
        return 1;
    }
    std::printf("labelled corpus: %d ads, %lld characters\n\n%-10s %9s %9s %5s %5s %5s\n",
                score->texts, qlonglong(score->characters), "kind", "precision", "recall", "tp",
                "fp", "fn");
    for (const auto& [kind, counts] : score->byKind)
        std::printf("%-10s %9.3f %9.3f %5d %5d %5d\n", qPrintable(kind), counts.precision(),
                    counts.recall(), counts.truePositives, counts.falsePositives,
                    counts.falseNegatives);

    const std::vector<LabelledText> ads = readAds(corpus);
    std::int64_t bytes = 0, labelled = 0;
    for (const LabelledText& ad : ads) {
        bytes += qint64(ad.utf8.size());
        labelled += qint64(ad.phones.size());
    }
    const PhoneRun ours = runOurs(ads, repeat);
    const PhoneRun matcher = bench::runPhoneNumberMatcher(ads, "US", repeat);
    const double megabytes = double(bytes) * repeat / 1e6;
    std::printf("\nphones over %d passes of the corpus (%.1f MB):\n", repeat, megabytes);
    std::printf(
        "  threadline PhoneExtractor   %7.2f MB/s  %8.0f ads/s  recall %.3f  precision %.3f\n",
        megabytes / ours.seconds, double(ads.size()) * repeat / ours.seconds,
        double(ours.correct) / labelled, ours.found ? double(ours.correct) / ours.found : 1.0);
    std::printf(
        "  libphonenumber matcher      %7.2f MB/s  %8.0f ads/s  recall %.3f  precision %.3f\n",
        megabytes / matcher.seconds, double(ads.size()) * repeat / matcher.seconds,
        double(matcher.correct) / labelled,
        matcher.found ? double(matcher.correct) / matcher.found : 1.0);
    std::printf("  speed ratio (ours / matcher) = %.1fx\n", matcher.seconds / ours.seconds);
    return 0;
}
