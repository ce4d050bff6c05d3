// Identifier extraction: precision and recall per extractor on the synthetic labelled ad
// corpus; phone precision and recall on real text the team did not write (scraped ads, Enron
// business mail, classified ads kept out of tuning), printed apart, beside libphonenumber's
// PhoneNumberMatcher on the same texts; and phone-extraction speed beside the matcher, as MB/s
// and a ratio. Run on purpose:
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
        for (const LabelledText& ad : ads) {
            std::set<QString> seen; // counted as the matcher is: distinct numbers per text
            for (const extract::Match& match : extractor.extract(ad.text))
                if (pass == 0 && seen.insert(match.value).second) {
                    ++run.found;
                    run.correct += int(ad.phones.count(match.value));
                }
        }
    }
    run.seconds = clock.nsecsElapsed() / 1e9;
    return run;
}

struct RealCorpus {
    const char* name;
    const char* path; // under the source tree
    bool sharedFiles; // items name files in ../shared/data
};

constexpr RealCorpus kRealCorpora[] = {
    {"scraped ads", "/tests/data/ads/real-ads.jsonl", false},
    {"Enron mail", "/tests/data/email/enron-phones.jsonl", true},
    {"classifieds (held out)", "/tests/data/ads/classified-ads.jsonl", false},
};

// The real corpus's texts with their phone labels and region, for the matcher.
std::vector<std::pair<LabelledText, QByteArray>> readRealTexts(const RealCorpus& corpus) {
    std::vector<std::pair<LabelledText, QByteArray>> texts;
    QFile file(QStringLiteral(THREADLINE_SOURCE_DIR) + QLatin1String(corpus.path));
    file.open(QIODevice::ReadOnly);
    while (!file.atEnd()) {
        const QJsonObject item = QJsonDocument::fromJson(file.readLine()).object();
        LabelledText entry{item.value(QStringLiteral("text")).toString(), {}, {}};
        if (corpus.sharedFiles) {
            QFile shared(QStringLiteral(THREADLINE_SOURCE_DIR "/../shared/data/") +
                         item.value(QStringLiteral("file")).toString());
            shared.open(QIODevice::ReadOnly);
            entry.text = QString::fromUtf8(shared.readAll());
        }
        entry.utf8 = entry.text.toStdString();
        for (const QJsonValue& label : item.value(QStringLiteral("labels")).toArray())
            entry.phones.insert(label[QStringLiteral("value")].toString());
        texts.push_back(
            {std::move(entry), item.value(QStringLiteral("region")).toString().toLatin1()});
    }
    return texts;
}

// libphonenumber's matcher over a real corpus, each text in its own region.
bench::PhoneRun matcherOnRealText(const RealCorpus& corpus, int& labelled) {
    bench::PhoneRun total;
    labelled = 0;
    for (const auto& [text, region] : readRealTexts(corpus)) {
        const bench::PhoneRun one = bench::runPhoneNumberMatcher({text}, region.constData());
        total.found += one.found;
        total.correct += one.correct;
        labelled += int(text.phones.size());
    }
    return total;
}

void printRealScores() {
    std::printf("\nphones in real text (labelled by hand; tests/data/README.md):\n"
                "%-24s %6s %9s %9s %5s %5s %5s   %s\n",
                "corpus", "texts", "precision", "recall", "tp", "fp", "fn",
                "libphonenumber matcher (precision, recall)");
    for (const RealCorpus& corpus : kRealCorpora) {
        extract::CorpusOptions options;
        options.kinds = {QStringLiteral("phone")};
        if (corpus.sharedFiles)
            options.filesRoot = QStringLiteral(THREADLINE_SOURCE_DIR "/../shared/data");
        const auto score = extract::scoreCorpus(
            QStringLiteral(THREADLINE_SOURCE_DIR) + QLatin1String(corpus.path), options);
        if (!score) {
            std::printf("%-24s %s\n", corpus.name, qPrintable(score.error().toString()));
            continue;
        }
        const extract::KindScore phones = score->byKind.count(QStringLiteral("phone"))
                                              ? score->byKind.at(QStringLiteral("phone"))
                                              : extract::KindScore{};
        int labelled = 0;
        const bench::PhoneRun matcher = matcherOnRealText(corpus, labelled);
        std::printf("%-24s %6d %9.3f %9.3f %5d %5d %5d   %.3f, %.3f\n", corpus.name, score->texts,
                    phones.precision(), phones.recall(), phones.truePositives,
                    phones.falsePositives, phones.falseNegatives,
                    matcher.found ? double(matcher.correct) / matcher.found : 1.0,
                    labelled ? double(matcher.correct) / labelled : 1.0);
    }
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
    std::printf("synthetic labelled corpus: %d ads, %lld characters\n\n%-10s %9s %9s %5s %5s %5s\n",
                score->texts, qlonglong(score->characters), "kind", "precision", "recall", "tp",
                "fp", "fn");
    for (const auto& [kind, counts] : score->byKind)
        std::printf("%-10s %9.3f %9.3f %5d %5d %5d\n", qPrintable(kind), counts.precision(),
                    counts.recall(), counts.truePositives, counts.falsePositives,
                    counts.falseNegatives);

    printRealScores();

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
