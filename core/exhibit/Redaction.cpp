#include "exhibit/Redaction.h"

#include "model/ShownAs.h"
#include "store/CaseStore.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace threadline::exhibit {

namespace {

constexpr int kShortestSecret = 3;
constexpr int kShortestNumber = 7;
constexpr int kWholeWordFrom = 4; // a name word this long is removed wherever it stands // digits:
                                  // shorter runs are prices and times, not numbers

QString digitsOf(const QString& text) {
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    return digits;
}

// A digit, or a letter written for it ("555 OlI4"), as the phone extractor reads them.
QString digitClass(QChar digit) {
    switch (digit.unicode()) {
    case u'0':
        return QStringLiteral("[0Oo]");
    case u'1':
        return QStringLiteral("[1Il|]");
    case u'2':
        return QStringLiteral("[2Z]");
    case u'5':
        return QStringLiteral("[5S]");
    case u'8':
        return QStringLiteral("[8B]");
    default:
        return QString(digit);
    }
}

// The last ten digits of a number, each allowed a few separators before the next: a phone or
// account number as people write it (look-alike letters too), with or without its country
// code.
QString numberPattern(const QString& digits) {
    const QString tail = digits.right(10);
    QStringList parts;
    for (QChar digit : tail)
        parts << digitClass(digit);
    return QStringLiteral("(?<![0-9])") + parts.join(QStringLiteral("[^0-9A-Za-z]{0,3}")) +
           QStringLiteral("(?![0-9])");
}

bool looksLikeNumber(const QString& text) {
    const QString digits = digitsOf(text);
    return digits.size() >= kShortestNumber && digits.size() * 2 >= text.trimmed().size();
}

} // namespace

Result<Redactor> Redactor::load(const store::CaseStore& store, bool publicFilingRules) {
    Redactor redactor;
    auto identities = store.decisions().protectedEntities();
    if (!identities)
        return std::unexpected(identities.error());
    redactor.m_identities = std::move(*identities);
    for (ProtectedIdentity& identity : redactor.m_identities) {
        if (publicFilingRules) {
            const QString rule = publicFilingRule(identity.entityType);
            if (rule != QLatin1String("pseudonym")) {
                identity.rule = rule;
                identity.shownAs = shownAsByRule(rule, identity.entityType, identity.entityLabel);
            }
        }
        redactor.m_shownAs.insert(identity.entity.value, identity.shownAs);
        auto profile = store.facts().entityProfile(identity.entity);
        if (!profile)
            return std::unexpected(profile.error());
        const bool person = identity.entityType == QLatin1String("Person");
        redactor.addSecret(identity.entityLabel, identity.shownAs, person);
        for (const IdentifierValue& identifier : profile->identifiers)
            redactor.addSecret(identifier.value, identity.shownAs, false);
        const QJsonObject properties =
            QJsonDocument::fromJson(profile->entity.propertiesJson.toUtf8()).object();
        for (auto property = properties.begin(); property != properties.end(); ++property)
            if (property->isString())
                redactor.addSecret(property->toString(), identity.shownAs, person);
    }
    std::stable_sort(redactor.m_secrets.begin(), redactor.m_secrets.end(),
                     [](const Secret& a, const Secret& b) {
                         return a.pattern.pattern().size() > b.pattern.pattern().size();
                     });
    return redactor;
}

void Redactor::addSecret(const QString& text, const QString& shownAs, bool nameWords) {
    const QString trimmed = text.trimmed();
    if (trimmed.size() < kShortestSecret)
        return;
    if (looksLikeNumber(trimmed)) {
        m_secrets.push_back({QRegularExpression(numberPattern(digitsOf(trimmed))), shownAs});
        return;
    }
    const auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
    m_secrets.push_back(
        {QRegularExpression(QRegularExpression::escape(trimmed), options), shownAs});
    if (!nameWords)
        return;
    // Each word of a name too: four letters or more wherever they stand ("shevchenko80@..."),
    // shorter ones as whole words only ("Ana", not "banana").
    for (const QString& word : trimmed.split(u' ', Qt::SkipEmptyParts)) {
        if (word.size() < kShortestSecret || !word.front().isLetter())
            continue;
        const QString escaped = QRegularExpression::escape(word);
        m_secrets.push_back({QRegularExpression(word.size() >= kWholeWordFrom
                                                    ? escaped
                                                    : QStringLiteral("\\b%1\\b").arg(escaped),
                                                options),
                             shownAs});
    }
}

QString Redactor::nameOf(EntityId entity, const QString& label) const {
    const auto shown = m_shownAs.constFind(entity.value);
    return shown != m_shownAs.constEnd() ? *shown : redact(label);
}

QString Redactor::redact(const QString& text) const {
    QString redacted = text;
    for (const Secret& secret : m_secrets)
        redacted.replace(secret.pattern, secret.shownAs);
    return redacted;
}

} // namespace threadline::exhibit
