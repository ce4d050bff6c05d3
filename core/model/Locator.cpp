#include "model/Locator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

// The places importers name, in words, most telling first; each consumes the keys it reads.
QStringList describeKnownPlaces(const QJsonObject& locator, QSet<QString>& used) {
    QStringList parts;
    auto take = [&](const char* key) {
        used.insert(QLatin1String(key));
        return locator.value(QLatin1String(key));
    };
    if (const QJsonValue page = take("page"); page.isDouble())
        parts << (take("ocr").toBool() ? QStringLiteral("page %1 (read by OCR)")
                                       : QStringLiteral("page %1"))
                     .arg(page.toInteger());
    if (const QJsonValue table = take("table"); table.isString())
        parts << QStringLiteral("table %1").arg(table.toString());
    if (const QJsonValue row = take("row"); row.isDouble())
        parts << QStringLiteral("row %1").arg(row.toInteger());
    if (const QJsonValue message = take("message"); message.isDouble())
        parts << QStringLiteral("message %1").arg(message.toInteger());
    if (const QJsonValue header = take("header"); header.isString())
        parts << QStringLiteral("%1 header").arg(header.toString());
    const QJsonValue model = take("model");
    const QJsonValue record = take("id");
    if (model.isString())
        parts << QStringLiteral("%1 record %2").arg(model.toString(), record.toString()).trimmed();
    if (take("deleted").toBool())
        parts << QStringLiteral("deleted");
    if (const QJsonValue line = take("line"); line.isDouble())
        parts << QStringLiteral("line %1").arg(line.toInteger());
    for (const char* bulky : {"words", "size", "url", "ocr", "units", "confidence", "profile",
                              "kind", "offset", "message_id", "encoding"})
        used.insert(QLatin1String(bulky)); // shown elsewhere or of no use to a reader
    return parts;
}

} // namespace

QString describeLocator(const QString& locatorJson) {
    const QJsonObject locator = QJsonDocument::fromJson(locatorJson.toUtf8()).object();
    QSet<QString> used;
    QStringList parts = describeKnownPlaces(locator, used);
    for (auto field = locator.begin(); field != locator.end(); ++field)
        if (!used.contains(field.key()))
            parts.append(describeValue(field.key(), field.value()));
    return parts.isEmpty() ? QStringLiteral("the whole source") : parts.join(QStringLiteral(", "));
}

} // namespace threadline
