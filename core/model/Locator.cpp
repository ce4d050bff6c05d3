#include "model/Locator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <optional>
#include <utility>

namespace threadline {

namespace {

// A range of a source: {"start":10,"end":22} or [10,22].
std::optional<std::pair<qint64, qint64>> rangeOf(const QJsonValue& value) {
    if (value.isObject() && value.toObject().contains(QStringLiteral("start")))
        return std::pair{value.toObject().value(QStringLiteral("start")).toInteger(),
                         value.toObject().value(QStringLiteral("end")).toInteger()};
    const QJsonArray pair = value.toArray();
    if (value.isArray() && pair.size() == 2 && pair[0].isDouble() && pair[1].isDouble())
        return std::pair{pair[0].toInteger(), pair[1].toInteger()};
    return std::nullopt;
}

QString describeValue(const QString& key, const QJsonValue& value) {
    const QString words = key == QLatin1String("span") || key == QLatin1String("chars")
                              ? QStringLiteral("characters")
                              : QString(key).replace(u'_', u' ');
    if (const auto range = rangeOf(value))
        return QStringLiteral("%1 %2–%3").arg(words).arg(range->first).arg(range->second);
    if (value.isDouble())
        return QStringLiteral("%1 %2").arg(words).arg(value.toInteger());
    if (value.isString())
        return QStringLiteral("%1 %2").arg(words, value.toString());
    const QJsonDocument nested =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QStringLiteral("%1 %2").arg(words,
                                       QString::fromUtf8(nested.toJson(QJsonDocument::Compact)));
}

} // namespace

QString describeLocator(const QString& locatorJson) {
    const QJsonObject locator = QJsonDocument::fromJson(locatorJson.toUtf8()).object();
    QStringList parts;
    for (auto field = locator.begin(); field != locator.end(); ++field)
        parts.append(describeValue(field.key(), field.value()));
    return parts.isEmpty() ? QStringLiteral("the whole source") : parts.join(QStringLiteral(", "));
}

} // namespace threadline
