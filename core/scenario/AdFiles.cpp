// The ad market on disk: every ad as a scraper's JSON line, one file per site, and a few dozen
// ads saved by hand from the browser as single-file HTML pages with their photos inside.
#include "scenario/AdJson.h"
#include "scenario/Pictures.h"
#include "scenario/ScenarioWriter.h"
#include "util/Parallel.h"

#include <atomic>
#include <map>

namespace threadline::scenario {

namespace {

constexpr int kBatch = 8192;       // ads made in parallel before they are written in order
constexpr int kPagesPerVictim = 3; // of an investigated ring's ads saved as pages
constexpr std::uint64_t kPhotoStream = 0xF070;

// Which ads an investigator saved: a few of each victim's in the investigated rings, then
// unrelated ads (noise) until the size's quota is met. In ad order, so the same every time.
std::vector<int> savedPageAds(const Scenario& scenario) {
    std::vector<int> saved;
    std::map<int, int> perVictim;
    int noise = 0;
    const int quota = scenario.spec().savedPages;
    const int noiseQuota = quota / 3;
    for (int index = 0; index < scenario.market().adCount() && int(saved.size()) < quota; ++index) {
        const int person = scenario.personForPersona(scenario.market().personaOf(index));
        const bool investigated =
            person >= 0 && scenario.rings()[std::size_t(scenario.person(person).ring)].investigated;
        if (investigated ? perVictim[person]++ < kPagesPerVictim : noise++ < noiseQuota)
            saved.push_back(index);
    }
    return saved;
}

QString paragraphs(const QString& body) {
    QString html;
    for (const QString& line : body.split(QLatin1Char('\n')))
        html += QStringLiteral("    <p>%1</p>\n").arg(line.toHtmlEscaped());
    return html;
}

// A browser's "save as single file": the photos are inlined as data: URIs.
QByteArray savedPage(const Scenario& scenario, int index) {
    const GeneratedAd ad = scenario.market().ad(index);
    const Persona& persona = scenario.market().personas()[std::size_t(ad.persona)];
    Random copies = scenario.random(kPhotoStream + std::uint64_t(index));
    QString images;
    for (const std::uint64_t photo : persona.photos)
        if (copies.chance(0.7))
            images += QStringLiteral("    <img alt=\"photo\" src=\"data:image/jpeg;base64,%1\">\n")
                          .arg(QString::fromLatin1(adPhoto(photo, copies).toBase64()));
    const QString posted = ad.postedAt.toString(Qt::ISODate);
    const QString site = ad.site.section(QLatin1Char('.'), 0, 0);
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n  <meta charset=\"utf-8\">\n"
               "  <title>%1 | %2</title>\n"
               "  <meta property=\"og:title\" content=\"%1\">\n"
               "  <meta property=\"article:published_time\" content=\"%3\">\n"
               "  <meta name=\"geo.placename\" content=\"%4\">\n"
               "  <link rel=\"canonical\" href=\"%5\">\n"
               "  <!-- saved from url=%5 -->\n</head>\n<body>\n"
               "  <header><h1>%1</h1></header>\n  <article>\n%6%7  </article>\n"
               "  <footer>Posted <time datetime=\"%3\">%8</time> on %2</footer>\n"
               "</body>\n</html>\n")
        .arg(ad.title.toHtmlEscaped(), site, posted, ad.city, ad.url,
             paragraphs(ad.text.section(QLatin1Char('\n'), 1)), images,
             ad.postedAt.toString(QStringLiteral("MMM d")))
        .toUtf8();
}

Result<void> writeSavedPages(const Scenario& scenario, FileSink& sink) {
    int number = 0;
    for (const int index : savedPageAds(scenario)) {
        const GeneratedAd ad = scenario.market().ad(index);
        const QString name = QStringLiteral("ads/saved-pages/%1-%2.html")
                                 .arg(++number, 3, 10, QLatin1Char('0'))
                                 .arg(ad.url.section(QLatin1Char('/'), -1));
        if (auto written = sink.write(name, savedPage(scenario, index)); !written)
            return written;
    }
    return {};
}

// The JSON lines of ads [first, first + count), made on every core.
std::vector<GeneratedAd> makeBatch(const AdMarket& market, int first, int count) {
    std::vector<GeneratedAd> ads(static_cast<std::size_t>(count));
    runInRanges(std::size_t(count), 512, [&](std::size_t, std::size_t from, std::size_t to) {
        for (std::size_t i = from; i < to; ++i)
            ads[i] = market.ad(first + int(i));
    });
    return ads;
}

Result<void> writeScrapes(const Scenario& scenario, FileSink& sink, const WriteProgress& progress) {
    std::map<QString, std::unique_ptr<QSaveFile>> files; // by site
    const AdMarket& market = scenario.market();
    for (int first = 0; first < market.adCount(); first += kBatch) {
        for (GeneratedAd& ad :
             makeBatch(market, first, std::min(kBatch, market.adCount() - first))) {
            auto& file = files[ad.site];
            if (!file) {
                auto opened = sink.open(QStringLiteral("ads/scraped/%1.jsonl").arg(ad.site));
                if (!opened)
                    return std::unexpected(opened.error());
                file = std::move(*opened);
            }
            ad.jsonLine += '\n';
            if (file->write(ad.jsonLine) != ad.jsonLine.size())
                return fail(ErrorCode::Io, file->errorString(), file->fileName());
        }
        if (progress && !progress(std::min(1.0, double(first + kBatch) / market.adCount())))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    for (auto& [site, file] : files)
        if (auto committed = sink.commit(*file, QStringLiteral("ads/scraped/%1.jsonl").arg(site));
            !committed)
            return committed;
    return {};
}

} // namespace

Result<void> writeAds(const Scenario& scenario, FileSink& sink, const WriteProgress& progress) {
    if (auto scraped = writeScrapes(scenario, sink, progress); !scraped)
        return scraped;
    return writeSavedPages(scenario, sink);
}

} // namespace threadline::scenario
