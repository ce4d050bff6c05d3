#include "model/ShownAs.h"

#include <QRegularExpression>
#include <QStringList>

namespace threadline {

namespace {

QString initialsOf(const QString& name) {
    QStringList initials;
    for (const QString& word : name.split(u' ', Qt::SkipEmptyParts))
        if (word.front().isLetter())
            initials << QString(word.front().toUpper()) + u'.';
    return initials.join(u' ');
}

QString lastFourOf(const QString& type, const QString& label) {
    QString digits = label;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    return QStringLiteral("%1 ending %2").arg(type, digits.right(4));
}

QString cityStateOf(const QString& address) {
    const QStringList parts = address.split(u',', Qt::SkipEmptyParts);
    return parts.size() >= 2 ? (parts[parts.size() - 2] + u',' + parts.back()).trimmed()
                             : QStringLiteral("(address withheld)");
}

} // namespace

QString shownAsByRule(const QString& rule, const QString& type, const QString& label) {
    if (rule == QLatin1String("initials"))
        return initialsOf(label);
    if (rule == QLatin1String("last-four"))
        return lastFourOf(type, label);
    if (rule == QLatin1String("city-state"))
        return cityStateOf(label);
    return {};
}

QString publicFilingRule(const QString& type) {
    if (type == QLatin1String("Person"))
        return QStringLiteral("initials");
    if (type == QLatin1String("Phone") || type.endsWith(QLatin1String("Account")) ||
        type == QLatin1String("CryptoWallet"))
        return QStringLiteral("last-four");
    if (type == QLatin1String("Place") || type == QLatin1String("Address"))
        return QStringLiteral("city-state");
    return QStringLiteral("pseudonym");
}

} // namespace threadline
