// A record without a name or a subject is kept, named from what it has; it never fails the
// file it is in with a database error (issue 22: one bad record must never fail a whole file).
#include "ImportFixture.h"
#include "store/FactStore.h"

#include <QFile>

using threadline::testing::importIntoNewCase;
using threadline::testing::Scratch;

namespace {

QByteArray firstLine(const QString& path) {
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readLine();
}

} // namespace

TEST_CASE("a scraped ad without a title is named by the start of its text", "[ingest][ads]") {
    Scratch scratch;
    // {"id": "ad-0000", "region": "US", "text": "New York ~ Gigi New in town ...", "labels": []}
    const QString ad =
        scratch.write(QStringLiteral("untitled.jsonl"),
                      firstLine(QStringLiteral(THREADLINE_TEST_DATA "/ads/labelled-ads.jsonl")));
    auto imported = importIntoNewCase(scratch, {ad});
    INFO(imported.summary.failed());
    REQUIRE(imported.summary.failed() == 0);
    auto ads = imported.store.facts().entities({QStringLiteral("Ad"), 0, 10});
    REQUIRE(ads);
    REQUIRE(ads->size() == 1);
    CHECK(ads->front().label.startsWith(QStringLiteral("New York ~ Gigi New in town")));
}

TEST_CASE("an e-mail without a subject imports, its event unnamed", "[ingest][email]") {
    Scratch scratch;
    const QString mbox =
        scratch.write(QStringLiteral("damaged.mbox"),
                      "From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
                      "From: desk@hotel.example\nTo: guest@mail.example\n"
                      "Date: Sat, 14 Mar 2026 18:02:00 -0700\n\nNo subject line at all.\n\n"
                      "From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n"
                      "Subject: \nFrom: \n\n\n");
    auto imported = importIntoNewCase(scratch, {mbox});
    REQUIRE(imported.summary.failed() == 0);
    auto events = imported.store.facts().events();
    REQUIRE(events);
    CHECK_FALSE(events->empty());
}

TEST_CASE("FollowTheMoney's donations sample imports without a database error",
          "[ingest][shared]") {
    const QString donations =
        QStringLiteral(THREADLINE_SHARED_DATA "/followthemoney/entities/donations.ijson");
    REQUIRE(QFile::exists(donations)); // ../shared/data beside the checkout, as in CI
    Scratch scratch;
    auto imported = importIntoNewCase(scratch, {donations});
    CHECK(imported.summary.failed() == 0);
}
