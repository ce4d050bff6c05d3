#include "ingest/interchange/InterchangeEntities.h"

#include <QHash>

namespace threadline::ingest {

namespace {

// Lower-case written type -> ours. Maltego's types are matched without their "maltego." prefix.
const QHash<QString, QString>& synonyms() {
    static const QHash<QString, QString> table = {
        {QStringLiteral("person"), QStringLiteral("Person")},
        {QStringLiteral("people"), QStringLiteral("Person")},
        {QStringLiteral("alias"), QStringLiteral("Person")},
        {QStringLiteral("phone"), QStringLiteral("Phone")},
        {QStringLiteral("phonenumber"), QStringLiteral("Phone")},
        {QStringLiteral("telephone"), QStringLiteral("Phone")},
        {QStringLiteral("emailaddress"), QStringLiteral("EmailAddress")},
        {QStringLiteral("email"), QStringLiteral("EmailAddress")},
        {QStringLiteral("ad"), QStringLiteral("Ad")},
        {QStringLiteral("adtemplate"), QStringLiteral("AdTemplate")},
        {QStringLiteral("photo"), QStringLiteral("Photo")},
        {QStringLiteral("image"), QStringLiteral("Photo")},
        {QStringLiteral("paymentaccount"), QStringLiteral("PaymentAccount")},
        {QStringLiteral("account"), QStringLiteral("Account")},
        {QStringLiteral("bankaccount"), QStringLiteral("Account")},
        {QStringLiteral("counterparty"), QStringLiteral("Counterparty")},
        {QStringLiteral("socialaccount"), QStringLiteral("SocialAccount")},
        {QStringLiteral("useraccount"), QStringLiteral("SocialAccount")},
        {QStringLiteral("affiliation"), QStringLiteral("SocialAccount")},
        {QStringLiteral("twitter"), QStringLiteral("SocialAccount")},
        {QStringLiteral("cryptowallet"), QStringLiteral("CryptoWallet")},
        {QStringLiteral("wallet"), QStringLiteral("CryptoWallet")},
        {QStringLiteral("cryptocurrencyaddress"), QStringLiteral("CryptoWallet")},
        {QStringLiteral("bitcoinaddress"), QStringLiteral("CryptoWallet")},
        {QStringLiteral("place"), QStringLiteral("Place")},
        {QStringLiteral("location"), QStringLiteral("Place")},
        {QStringLiteral("address"), QStringLiteral("Place")},
        {QStringLiteral("gps"), QStringLiteral("Place")},
        {QStringLiteral("circulararea"), QStringLiteral("Place")},
        {QStringLiteral("device"), QStringLiteral("Device")},
        {QStringLiteral("document"), QStringLiteral("Document")},
        {QStringLiteral("group"), QStringLiteral("Group")},
        {QStringLiteral("organization"), QStringLiteral("Group")},
        {QStringLiteral("organisation"), QStringLiteral("Group")},
        {QStringLiteral("company"), QStringLiteral("Group")},
        {QStringLiteral("legalentity"), QStringLiteral("Group")},
    };
    return table;
}

} // namespace

QString entityTypeFor(const QString& written) {
    QString key = written.trimmed().toLower();
    if (key.startsWith(QLatin1String("maltego.")))
        key = key.mid(8);
    if (key.startsWith(QLatin1String("affiliation.")))
        key = QStringLiteral("affiliation");
    key.remove(QLatin1Char(' ')).remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    return synonyms().value(key, QStringLiteral("Entity"));
}

void identify(ExtractedEntity& entity, extract::PhoneNormaliser& phones) {
    if (entity.type == QLatin1String("Phone")) {
        if (auto phone = phones(entity.label)) {
            entity.label = phone->e164;
            entity.identifiers.push_back({QStringLiteral("phone"), phone->e164});
        }
    } else if (entity.type == QLatin1String("EmailAddress") &&
               entity.label.contains(QLatin1Char('@'))) {
        entity.label = entity.label.trimmed().toLower();
        entity.identifiers.push_back({QStringLiteral("email"), entity.label});
    }
}

} // namespace threadline::ingest
