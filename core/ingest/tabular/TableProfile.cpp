#include "ingest/tabular/TableProfile.h"

#include <QDateTime>
#include <QRegularExpression>

namespace threadline::ingest {

namespace {

struct RoleNames {
    const char* role;
    QStringList names; // normalised: lower case, letters and digits only
};

const std::vector<RoleNames>& knownRoles() {
    static const std::vector<RoleNames> roles = {
        {"caller",
         {"caller", "callerid", "callingnumber", "anumber", "callingparty", "originator", "msisdn",
          "from"}},
        {"callee",
         {"callee", "callednumber", "bnumber", "calledparty", "dialednumber", "destination",
          "recipientid", "to"}},
        {"start",
         {"start", "starttime", "startdate", "timestamp", "datetime", "calldate", "time", "begin"}},
        {"duration",
         {"duration", "durationseconds", "durations", "seconds", "callduration", "length", "dur"}},
        {"type", {"type", "calltype", "eventtype", "txntype", "recordtype", "service"}},
        {"cell", {"cell", "cellid", "tower", "celltower", "site", "cgi", "lac"}},
        {"imei", {"imei"}},
        {"imsi", {"imsi"}},
        {"date", {"date", "bookingdate", "valuedate", "transactiondate", "posted", "dtposted"}},
        {"amount", {"amount", "value", "sum", "trnamt", "amountsent", "transferamount"}},
        {"currency", {"currency", "ccy", "cur"}},
        {"payer", {"payer", "sender", "sendername", "payername", "debtor", "remitter", "senderid"}},
        {"payee",
         {"payee", "receiver", "receivername", "payeename", "beneficiary", "creditor",
          "recipient"}},
        {"payer_account",
         {"payeraccount", "senderaccount", "fromaccount", "debtoriban", "debtoraccount",
          "account"}},
        {"payee_account",
         {"payeeaccount", "receiveraccount", "toaccount", "beneficiaryiban", "creditoriban",
          "beneficiaryaccount"}},
        {"reference",
         {"reference", "memo", "notes", "description", "narrative", "purpose", "remittance"}},
        {"name", {"name", "fullname", "displayname", "contact", "contactname"}},
        {"phone", {"phone", "phonenumber", "mobile", "tel", "telephone", "cellphone", "number"}},
        {"email", {"email", "emailaddress", "mail"}},
    };
    return roles;
}

QString normalised(const QString& header) {
    QString text = header.toLower();
    text.remove(QRegularExpression(QStringLiteral("[^a-z0-9]")));
    return text;
}

TableKind kindFor(const QHash<QString, QString>& roles) {
    auto has = [&](const char* role) { return roles.contains(QLatin1String(role)); };
    // Mobile-money and transfer logs name the parties like a call log does: caller pays callee.
    if (has("amount") && (has("payer") || has("payee") || has("payer_account") ||
                          has("payee_account") || (has("caller") && has("callee"))))
        return TableKind::Payments;
    if (has("caller") && (has("callee") || has("start")))
        return TableKind::Calls;
    if (has("name") && (has("phone") || has("email")))
        return TableKind::Contacts;
    return TableKind::Generic;
}

} // namespace

QString toString(TableKind kind) {
    switch (kind) {
    case TableKind::Calls:
        return QStringLiteral("calls");
    case TableKind::Payments:
        return QStringLiteral("payments");
    case TableKind::Contacts:
        return QStringLiteral("contacts");
    case TableKind::Generic:
        break;
    }
    return QStringLiteral("generic");
}

QStringList rolesFor(TableKind kind) {
    switch (kind) {
    case TableKind::Calls:
        return {QStringLiteral("caller"),   QStringLiteral("callee"), QStringLiteral("start"),
                QStringLiteral("duration"), QStringLiteral("type"),   QStringLiteral("cell"),
                QStringLiteral("imei"),     QStringLiteral("imsi")};
    case TableKind::Payments:
        return {QStringLiteral("date"),          QStringLiteral("amount"),
                QStringLiteral("currency"),      QStringLiteral("payer"),
                QStringLiteral("payer_account"), QStringLiteral("payee"),
                QStringLiteral("payee_account"), QStringLiteral("reference")};
    case TableKind::Contacts:
        return {QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email")};
    case TableKind::Generic:
        break;
    }
    return {};
}

TableKind tableKindFromString(const QString& text) {
    for (TableKind kind : {TableKind::Calls, TableKind::Payments, TableKind::Contacts})
        if (text == toString(kind))
            return kind;
    return TableKind::Generic;
}

QJsonObject TableProfile::toJson() const {
    QJsonObject roles;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        roles.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("kind"), toString(kind)},
                       {QStringLiteral("columns"), roles},
                       {QStringLiteral("currency"), currency},
                       {QStringLiteral("date_format"), dateFormat}};
}

TableProfile TableProfile::fromJson(const QJsonObject& json) {
    TableProfile profile;
    profile.name = json.value(QStringLiteral("name")).toString();
    profile.kind = tableKindFromString(json.value(QStringLiteral("kind")).toString());
    const QJsonObject roles = json.value(QStringLiteral("columns")).toObject();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        profile.columns.insert(it.key(), it.value().toString());
    profile.currency = json.value(QStringLiteral("currency")).toString();
    profile.dateFormat = json.value(QStringLiteral("date_format")).toString();
    return profile;
}

TableProfile detectProfile(const QStringList& header) {
    TableProfile profile;
    profile.name = QStringLiteral("detected");
    for (const RoleNames& role : knownRoles()) {
        for (const QString& column : header) {
            const QString key = normalised(column);
            if (role.names.contains(key) && !profile.columns.values().contains(column)) {
                profile.columns.insert(QLatin1String(role.role), column);
                break;
            }
        }
    }
    profile.kind = kindFor(profile.columns);
    return profile;
}

QString parseTableTime(const QString& text, const QString& dateFormat) {
    const QString value = text.trimmed();
    if (value.isEmpty())
        return {};
    if (!dateFormat.isEmpty()) {
        const QDateTime time = QDateTime::fromString(value, dateFormat);
        return time.isValid() ? time.toString(Qt::ISODate) : QString();
    }
    // A date alone stays a date: midnight would claim a precision the record does not have.
    if (const QDate date = QDate::fromString(value, Qt::ISODate);
        date.isValid() && value.size() == 10)
        return date.toString(Qt::ISODate);
    QDateTime iso = QDateTime::fromString(
        QString(value).replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODate);
    if (iso.isValid())
        return iso.toString(Qt::ISODate);
    static const QRegularExpression slashed(QStringLiteral(
        "^(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
    const auto match = slashed.match(value);
    if (!match.hasMatch())
        return {};
    int first = match.captured(1).toInt(), second = match.captured(2).toInt();
    const bool dayFirst = first > 12 || value.contains(QLatin1Char('.'));
    const QDate date(match.captured(3).toInt(), dayFirst ? second : first,
                     dayFirst ? first : second);
    if (!date.isValid())
        return {};
    if (match.captured(4).isEmpty())
        return date.toString(Qt::ISODate);
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt());
    return QDateTime(date, time).toString(Qt::ISODate);
}

} // namespace threadline::ingest
