#include "scenario/Scoring.h"

#include "store/DecisionStore.h"
#include "store/FactStore.h"

#include <QRegularExpression>
#include <QSet>

#include <unordered_map>

namespace threadline::scenario {

namespace {

const QStringList& scoredRoles() {
    static const QStringList roles = {QStringLiteral("victim"), QStringLiteral("controller"),
                                      QStringLiteral("recruiter"), QStringLiteral("money-mule"),
                                      QStringLiteral("buyer")};
    return roles;
}

bool isOffender(const QString& role) {
    return role == QLatin1String("controller") || role == QLatin1String("recruiter") ||
           role == QLatin1String("money-mule");
}

// The forms one identifier takes in labels: "+16025550142", "$candy22", "instagram:candy",
// an e-mail address, a bank account without spaces, a name; all lower case.
QString normalisedToken(QString text) {
    text = text.trimmed().toLower();
    static const QRegularExpression owner(QStringLiteral("\\s*\\([^)]*\\)$")); // "US55... (Name)"
    text.remove(owner);
    if (text.startsWith(QLatin1String("whatsapp:")))
        text = text.mid(9);
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ().-]{6,}$"));
    if (phoneLike.match(text).hasMatch()) {
        const QString digits = QString(text).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        return digits.size() == 10 ? QStringLiteral("+1") + digits : QLatin1Char('+') + digits;
    }
    if (text.contains(QLatin1Char('@')) || text.startsWith(QLatin1Char('$')))
        return text;
    return text.contains(QLatin1Char(':')) ? text : text.simplified();
}

// Finds the key person an entity stands for. A token two people share (two victims both
// called "Candy") identifies neither.
class PersonFinder {
public:
    explicit PersonFinder(const AnswerKey& key)
        : m_key(key) {
        for (std::size_t index = 0; index < key.people.size(); ++index) {
            const KeyPerson& person = key.people[index];
            for (const QStringList* tokens : {&person.identifiers, &person.names})
                for (const QString& token : *tokens)
                    add(normalisedToken(token), int(index));
        }
    }

    int find(const FlaggedEntity& entity) const {
        if (const int own = lookup(entity.label); own >= 0)
            return own;
        int found = -1; // an ad is the advertiser's: prefer a victim over a booker's number
        for (const QString& listed : entity.listed) {
            const int person = lookup(listed);
            if (person >= 0 &&
                (found < 0 || m_key.people[std::size_t(person)].role == QLatin1String("victim")))
                found = person;
        }
        return found;
    }

private:
    void add(const QString& token, int person) {
        if (token.isEmpty())
            return;
        const auto [place, added] = m_tokens.emplace(token, person);
        if (!added && place->second != person)
            place->second = -1;
    }
    int lookup(const QString& label) const {
        const auto found = m_tokens.find(normalisedToken(label));
        return found == m_tokens.end() ? -1 : found->second;
    }

    const AnswerKey& m_key;
    std::unordered_map<QString, int> m_tokens;
};

QString describe(const FlaggedEntity& entity) {
    return QStringLiteral("#%1 %2 %3").arg(entity.id).arg(entity.type, entity.label);
}

QString describe(const KeyPerson& person) {
    return QStringLiteral("%1 %2 (%3)")
        .arg(person.id, person.names.value(0, QStringLiteral("unnamed")), person.role);
}

void scoreRoles(const AnswerKey& key, const Submission& submission, const PersonFinder& finder,
                ScoreCard& card) {
    QSet<QPair<int, QString>> claimed;
    QSet<int> keyPlayers;
    for (const auto& [entity, markedRole] : submission.roles) {
        const int person = finder.find(entity);
        const QString truth = person >= 0 ? key.people[std::size_t(person)].role : QString();
        if (markedRole == QLatin1String("key-player")) {
            if (person < 0 || !key.people[std::size_t(person)].keyPlayer) {
                ++card.keyPlayers.flagged;
                card.wrong << QStringLiteral("%1 marked key-player: %2")
                                  .arg(describe(entity), person < 0
                                                             ? QStringLiteral("no one in the key")
                                                             : QStringLiteral("not a key player"));
            } else if (!keyPlayers.contains(person)) {
                keyPlayers.insert(person);
                ++card.keyPlayers.flagged;
                ++card.keyPlayers.correct;
            }
            continue;
        }
        const QString role =
            markedRole == QLatin1String("suspect") && isOffender(truth) ? truth : markedRole;
        if (!scoredRoles().contains(role) && markedRole != QLatin1String("suspect"))
            continue;
        if (person >= 0 && claimed.contains({person, role}))
            continue; // another entity of the same person, same role: one claim
        if (person >= 0)
            claimed.insert({person, role});
        ++card.roles.flagged;
        ++card.byRole[role].flagged;
        if (person >= 0 && role == truth) {
            ++card.roles.correct;
            ++card.byRole[role].correct;
        } else {
            card.wrong << QStringLiteral("%1 marked %2: %3")
                              .arg(describe(entity), markedRole,
                                   person < 0 ? QStringLiteral("no one in the key")
                                              : QStringLiteral("is %1").arg(
                                                    describe(key.people[std::size_t(person)])));
        }
    }
    for (std::size_t index = 0; index < key.people.size(); ++index) {
        const KeyPerson& person = key.people[index];
        if (person.keyPlayer) {
            ++card.keyPlayers.expected;
            if (!keyPlayers.contains(int(index)))
                card.missed << QStringLiteral("key player %1").arg(describe(person));
        }
        if (!scoredRoles().contains(person.role))
            continue;
        ++card.roles.expected;
        ++card.byRole[person.role].expected;
        if (!claimed.contains({int(index), person.role}))
            card.missed << QStringLiteral("role of %1").arg(describe(person));
    }
}

void scoreLinks(const AnswerKey& key, const Submission& submission, const PersonFinder& finder,
                ScoreCard& card) {
    std::map<QString, int> indexOf;
    for (std::size_t index = 0; index < key.people.size(); ++index)
        indexOf[key.people[index].id] = int(index);
    QSet<QPair<int, int>> truth;
    for (const KeyLink& link : key.links) {
        const int from = indexOf.count(link.from) ? indexOf[link.from] : -1;
        const int to = indexOf.count(link.to) ? indexOf[link.to] : -1;
        if (from >= 0 && to >= 0)
            truth.insert({std::min(from, to), std::max(from, to)});
    }
    card.links.expected = int(truth.size());
    QSet<QPair<int, int>> found;
    for (const auto& [first, second] : submission.links) {
        const int a = finder.find(first), b = finder.find(second);
        const QPair<int, int> pair{std::min(a, b), std::max(a, b)};
        if (a >= 0 && b >= 0 && found.contains(pair))
            continue;
        ++card.links.flagged;
        if (a >= 0 && b >= 0 && a != b && truth.contains(pair)) {
            found.insert(pair);
            ++card.links.correct;
        } else {
            card.wrong << QStringLiteral("link %1 - %2: not a link in the key")
                              .arg(describe(first), describe(second));
        }
    }
    for (const KeyLink& link : key.links) {
        const int from = indexOf.count(link.from) ? indexOf[link.from] : -1;
        const int to = indexOf.count(link.to) ? indexOf[link.to] : -1;
        if (from >= 0 && to >= 0 && !found.contains({std::min(from, to), std::max(from, to)}))
            card.missed << QStringLiteral("link %1 %2 %3")
                               .arg(describe(key.people[std::size_t(from)]), link.kind,
                                    describe(key.people[std::size_t(to)]));
    }
}

// A table row: what, precision, recall, F1, and the counts behind them; tabs split the cells.
QString tallyLine(const QString& name, const Tally& tally) {
    return QStringLiteral("%1\t%2\t%3\t%4\t%5 right of %6 flagged, %7 in the key")
        .arg(name)
        .arg(tally.precision(), 0, 'f', 2)
        .arg(tally.recall(), 0, 'f', 2)
        .arg(tally.f1(), 0, 'f', 2)
        .arg(tally.correct)
        .arg(tally.flagged)
        .arg(tally.expected);
}

} // namespace

QStringList traineeLinkTypes() {
    return {QStringLiteral("associate-of"), QStringLiteral("controls"),
            QStringLiteral("recruited"),    QStringLiteral("works-with"),
            QStringLiteral("launders-for"), QStringLiteral("buys-from")};
}

ScoreCard scoreSubmission(const AnswerKey& key, const Submission& submission) {
    ScoreCard card;
    const PersonFinder finder(key);
    scoreRoles(key, submission, finder, card);
    scoreLinks(key, submission, finder, card);
    return card;
}

QStringList scoreReport(const ScoreCard& card, const QString& caseName, int detailLimit) {
    QStringList lines = {QStringLiteral("# Exercise score: %1").arg(card.overall(), 0, 'f', 2),
                         QStringLiteral("Case: %1").arg(caseName),
                         QStringLiteral("The score is the mean F1 of roles, key players and "
                                        "links; 1.00 is a perfect submission."),
                         QString(),
                         QStringLiteral("\tprecision\trecall\tF1"),
                         tallyLine(QStringLiteral("roles"), card.roles),
                         tallyLine(QStringLiteral("key players"), card.keyPlayers),
                         tallyLine(QStringLiteral("links"), card.links),
                         QString()};
    for (const auto& [role, tally] : card.byRole)
        lines << tallyLine(QStringLiteral("   ") + role, tally);
    const auto section = [&](const QString& title, const QStringList& items) {
        lines << QString() << QStringLiteral("# %1 (%2)").arg(title).arg(items.size());
        for (const QString& item : items.mid(0, detailLimit))
            lines << item;
        if (items.size() > detailLimit)
            lines << QStringLiteral("... and %1 more").arg(items.size() - detailLimit);
    };
    section(QStringLiteral("Flagged wrongly"), card.wrong);
    section(QStringLiteral("Missed"), card.missed);
    return lines;
}

Result<Submission> readSubmission(const store::CaseStore& store) {
    auto entities =
        store::everyPage([&](const store::Page& page) { return store.facts().entities(page); });
    if (!entities)
        return std::unexpected(entities.error());
    std::unordered_map<std::int64_t, FlaggedEntity> byId;
    for (const Entity& entity : *entities)
        byId[entity.id.value] = {entity.id.value, entity.type, entity.label, {}};
    auto listings =
        store::everyPage([&](const store::Page& page) { return store.facts().links(page); },
                         QStringLiteral("lists"));
    if (!listings)
        return std::unexpected(listings.error());
    for (const Link& link : *listings)
        if (auto found = byId.find(link.from.value);
            found != byId.end() && found->second.type == QLatin1String("Ad"))
            if (auto listed = byId.find(link.to.value); listed != byId.end())
                found->second.listed << listed->second.label;

    Submission submission;
    auto marks = store.decisions().roleMarks();
    if (!marks)
        return std::unexpected(marks.error());
    for (const RoleMark& mark : *marks)
        submission.roles.emplace_back(byId[mark.entity.value], mark.role);
    for (const QString& type : traineeLinkTypes()) {
        auto drawn = store::everyPage(
            [&](const store::Page& page) { return store.facts().links(page); }, type);
        if (!drawn)
            return std::unexpected(drawn.error());
        for (const Link& link : *drawn)
            submission.links.emplace_back(byId[link.from.value], byId[link.to.value]);
    }
    return submission;
}

} // namespace threadline::scenario
