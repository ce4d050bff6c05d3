#include "TestSupport.h"
#include "scenario/Scoring.h"

using namespace threadline::scenario;

namespace {

// Two victims both advertising as "Candy", their controller, and a bystander.
AnswerKey smallKey() {
    AnswerKey key;
    key.people = {
        {QStringLiteral("P001"),
         QStringLiteral("controller"),
         true,
         {QStringLiteral("Marco Silva"), QStringLiteral("Daddy")},
         {QStringLiteral("+16025550142"), QStringLiteral("$bigmarco7")}},
        {QStringLiteral("P002"),
         QStringLiteral("victim"),
         false,
         {QStringLiteral("Ana Lungu"), QStringLiteral("Candy")},
         {QStringLiteral("+14805550177"), QStringLiteral("US5501000002")}},
        {QStringLiteral("P003"),
         QStringLiteral("victim"),
         false,
         {QStringLiteral("Mei Chen"), QStringLiteral("Candy")},
         {QStringLiteral("+15205550100")}},
        {QStringLiteral("P004"),
         QStringLiteral("uninvolved"),
         false,
         {QStringLiteral("Joy Brown")},
         {QStringLiteral("+15205550111")}},
    };
    key.links = {{QStringLiteral("P001"), QStringLiteral("P002"), QStringLiteral("controls")},
                 {QStringLiteral("P001"), QStringLiteral("P003"), QStringLiteral("controls")}};
    return key;
}

FlaggedEntity entity(std::int64_t id, const char* type, const char* label,
                     QStringList listed = {}) {
    return {id, QLatin1String(type), QString::fromUtf8(label), std::move(listed)};
}

} // namespace

TEST_CASE("an empty submission scores 0 and a perfect one 1", "[scenario][score]") {
    const AnswerKey key = smallKey();
    const ScoreCard empty = scoreSubmission(key, {});
    CHECK(empty.overall() == 0.0);
    CHECK(empty.roles.precision() == 0.0);
    CHECK(empty.missed.size() == 3 + 1 + 2); // three roles, one key player, two links

    Submission perfect;
    const FlaggedEntity marco = entity(1, "Phone", "+16025550142");
    const FlaggedEntity ana = entity(2, "Account", "US5501000002 (Ana Lungu)");
    const FlaggedEntity mei = entity(3, "Person", "Mei Chen");
    perfect.roles = {{marco, QStringLiteral("controller")},
                     {marco, QStringLiteral("key-player")},
                     {ana, QStringLiteral("victim")},
                     {mei, QStringLiteral("victim")}};
    perfect.links = {{marco, ana}, {mei, marco}}; // either direction
    const ScoreCard card = scoreSubmission(key, perfect);
    CHECK(card.overall() == Approx(1.0));
    CHECK(card.wrong.isEmpty());
    CHECK(card.missed.isEmpty());
}

TEST_CASE("scoring counts a person once and gives suspect its due", "[scenario][score]") {
    const AnswerKey key = smallKey();
    Submission submission;
    // The victim's phone and her ad (which lists that phone) are one person: one claim.
    submission.roles = {
        {entity(5, "Phone", "+1 (480) 555-0177"), QStringLiteral("victim")},
        {entity(6, "Ad", "Candy 22 - new in town", {QStringLiteral("+14805550177")}),
         QStringLiteral("victim")},
        {entity(7, "PaymentAccount", "$BigMarco7"), QStringLiteral("suspect")},
        {entity(8, "Phone", "+15205550111"), QStringLiteral("buyer")}, // the bystander
        {entity(9, "Person", "Candy"), QStringLiteral("victim")},      // which Candy?
    };
    const ScoreCard card = scoreSubmission(key, submission);
    CHECK(card.roles.correct == 2); // Ana as victim; Marco as suspect = controller
    CHECK(card.roles.flagged == 4); // Ana once, Marco, the bystander, the ambiguous Candy
    CHECK(card.roles.expected == 3);
    CHECK(card.roles.precision() == Approx(0.5));
    CHECK(card.roles.recall() == Approx(2.0 / 3));
    CHECK(card.wrong.size() == 2);
    CHECK(card.wrong.join(QLatin1Char('\n')).contains(QStringLiteral("no one in the key")));
    CHECK(card.wrong.join(QLatin1Char('\n')).contains(QStringLiteral("P004")));
    CHECK(card.keyPlayers.f1() == 0.0); // nobody marked key-player
}

TEST_CASE("a link between the wrong people lowers link precision", "[scenario][score]") {
    const AnswerKey key = smallKey();
    Submission submission;
    const FlaggedEntity marco = entity(1, "Phone", "+16025550142");
    submission.links = {{marco, entity(2, "Phone", "+14805550177")},
                        {entity(2, "Phone", "+14805550177"), entity(3, "Phone", "+15205550100")},
                        {marco, entity(2, "Phone", "+14805550177")}}; // the same link twice
    const ScoreCard card = scoreSubmission(key, submission);
    CHECK(card.links.correct == 1);
    CHECK(card.links.flagged == 2);
    CHECK(card.links.recall() == Approx(0.5));
    const QStringList report = scoreReport(card, QStringLiteral("trainee.tlcase"));
    CHECK(report.front().startsWith(QStringLiteral("# Exercise score")));
    CHECK(report.join(QLatin1Char('\n')).contains(QStringLiteral("not a link in the key")));
}
