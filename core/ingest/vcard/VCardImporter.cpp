#include "ingest/vcard/VCardImporter.h"

#include "extract/PhoneNumbers.h"
#include "ingest/text/TextDecoding.h"
#include "ingest/vcard/VCardParser.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace threadline::ingest {

namespace {

QString displayName(const VCard& card) {
    const QString formatted = card.value(QStringLiteral("FN")).trimmed();
    if (!formatted.isEmpty())
        return formatted;
    // N is family;given;additional;prefix;suffix
    const QStringList parts = card.value(QStringLiteral("N")).split(QLatin1Char(';'));
    QStringList ordered;
    for (int index : {3, 1, 2, 0, 4})
        if (index < parts.size() && !parts[index].trimmed().isEmpty())
            ordered << parts[index].trimmed();
    return ordered.join(QLatin1Char(' '));
}

QJsonObject personProperties(const VCard& card) {
    QJsonObject properties;
    const std::pair<const char*, const char*> fields[] = {
        {"NICKNAME", "nicknames"}, {"ORG", "organisations"}, {"TITLE", "titles"},
        {"BDAY", "birthdays"},     {"ADR", "addresses"},     {"NOTE", "notes"},
        {"URL", "urls"},           {"IMPP", "messengers"}};
    for (const auto& [field, key] : fields) {
        QStringList values = card.values(QString::fromLatin1(field));
        for (QString& value : values) // structured values: "a;b;;c" reads better as "a, b, c"
            value = value.split(QLatin1Char(';'), Qt::SkipEmptyParts).join(QStringLiteral(", "));
        if (!values.isEmpty())
            properties.insert(QLatin1String(key), QJsonArray::fromStringList(values));
    }
    properties.insert(QStringLiteral("vcard_version"), card.version);
    return properties;
}

ExtractedEntity phoneEntity(const VCardProperty& property, const QString& region,
                            const Evidence& evidence) {
    QString written = property.value.trimmed();
    if (written.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        written = written.mid(4);
    QJsonObject properties{{QStringLiteral("written"), written}};
    if (const auto phone = extract::normalisePhone(written, region)) {
        properties.insert(QStringLiteral("valid"), phone->valid);
        return {QStringLiteral("Phone"),
                phone->e164,
                properties,
                {{QStringLiteral("phone"), phone->e164}},
                evidence};
    }
    // Not a number libphonenumber accepts (a short code, a typo): keep it as written.
    QString digits = written;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9+*#]")));
    return {QStringLiteral("Phone"),
            written,
            properties,
            {{QStringLiteral("phone-raw"), digits}},
            evidence};
}

QString cardText(const QString& name, const VCard& card) {
    QString text = QStringLiteral("Name: %1\n").arg(name);
    for (const VCardProperty& property : card.properties) {
        if (property.name == QLatin1String("PHOTO") ||
            property.name.startsWith(QLatin1String("X-")))
            continue;
        const QStringList types = property.params.values(QStringLiteral("type"));
        text += types.isEmpty()
                    ? QStringLiteral("%1: %2\n").arg(property.name, property.value)
                    : QStringLiteral("%1 (%2): %3\n")
                          .arg(property.name, types.join(QLatin1Char(',')), property.value);
    }
    return text;
}

void readCard(const VCard& card, int number, const QString& region, ImportResult& result) {
    const QString name = displayName(card);
    const QJsonObject where{{QStringLiteral("card"), number}, {QStringLiteral("line"), card.line}};
    const int document =
        result.addDocument({QStringLiteral("contact"), name, cardText(name, card), {}, {}, where});
    const int person =
        result.addEntity({QStringLiteral("Person"),
                          name.isEmpty() ? QStringLiteral("Contact %1").arg(number) : name,
                          personProperties(card),
                          {},
                          {document, where, name, 1.0}});
    for (const VCardProperty& property : card.properties) {
        const Evidence evidence{
            document,
            QJsonObject{{QStringLiteral("card"), number}, {QStringLiteral("line"), property.line}},
            property.value, 1.0};
        int target = -1;
        if (property.name == QLatin1String("TEL")) {
            target = result.addEntity(phoneEntity(property, region, evidence));
        } else if (property.name == QLatin1String("EMAIL") &&
                   property.value.contains(QLatin1Char('@'))) {
            const QString address = property.value.trimmed().toLower();
            target = result.addEntity({QStringLiteral("EmailAddress"),
                                       address,
                                       {},
                                       {{QStringLiteral("email"), address}},
                                       evidence});
        }
        if (target >= 0)
            result.links.push_back(
                {QStringLiteral("uses"), person, target, true, 1,
                 QJsonObject{
                     {QStringLiteral("type"),
                      property.params.values(QStringLiteral("type")).join(QLatin1Char(','))}},
                 evidence});
    }
}

} // namespace

int VCardImporter::fitness(const QByteArray& head, const ImportContext&) const {
    return head.left(1024).toUpper().contains("BEGIN:VCARD") ? 95 : 0;
}

Result<ImportResult> VCardImporter::import(const QByteArray& bytes,
                                           const ImportContext& context) const {
    ImportResult result;
    const std::vector<VCard> cards = parseVCards(decodeText(bytes).text, result.warnings);
    if (cards.empty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no BEGIN:VCARD found"),
                    context.fileName, QStringLiteral("line 1"));
    for (std::size_t index = 0; index < cards.size(); ++index)
        readCard(cards[index], int(index) + 1, context.region, result);
    return result;
}

} // namespace threadline::ingest
