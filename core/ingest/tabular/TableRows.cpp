#include "ingest/tabular/TableRows.h"

#include "extract/PhoneNumbers.h"

#include <QRegularExpression>

namespace threadline::ingest {

TableRows::TableRows(const TableProfile& profile, const QStringList& header, QString region,
                     ImportResult& result)
    : m_profile(profile)
    , m_normalise(std::move(region))
    , m_result(result)
    , m_payments(result) {
    for (auto it = profile.columns.begin(); it != profile.columns.end(); ++it)
        m_columnIndex.insert(it.key(), int(header.indexOf(it.value())));
}

QString TableRows::cell(const CsvRow& row, const char* role) const {
    const int column = m_columnIndex.value(QLatin1String(role), -1);
    return column >= 0 && column < row.cells.size() ? row.cells[column].trimmed() : QString();
}

int TableRows::phone(const QString& written, const Evidence& evidence) {
    if (written.isEmpty())
        return -1;
    const auto normalised = m_normalise(written);
    const Identifier identifier = normalised ? Identifier{QStringLiteral("phone"), normalised->e164}
                                             : Identifier{QStringLiteral("phone-raw"), written};
    const QString key = identifier.kind + QLatin1Char(':') + identifier.value;
    if (const auto found = m_phones.constFind(key); found != m_phones.constEnd())
        return *found;
    const int entity = m_result.addEntity({QStringLiteral("Phone"),
                                           identifier.value,
                                           QJsonObject{{QStringLiteral("written"), written}},
                                           {identifier},
                                           evidence});
    m_phones.insert(key, entity);
    return entity;
}

void TableRows::addCall(const CsvRow& row, const Evidence& evidence) {
    const int caller = phone(cell(row, "caller"), evidence);
    const int callee = phone(cell(row, "callee"), evidence);
    const QString type = cell(row, "type").toLower();
    const bool text = type.contains(QLatin1String("sms")) || type.contains(QLatin1String("text")) ||
                      type.contains(QLatin1String("msg"));
    QJsonObject properties{{QStringLiteral("start"), cell(row, "start")}};
    for (const char* role : {"duration", "cell", "imei", "imsi"})
        if (const QString value = cell(row, role); !value.isEmpty())
            properties.insert(QLatin1String(role), value);
    ExtractedEvent event;
    event.type = text ? QStringLiteral("sms") : QStringLiteral("call");
    event.occurredAt = parseTableTime(cell(row, "start"), m_profile.dateFormat);
    event.summary = QStringLiteral("%1 → %2").arg(cell(row, "caller"), cell(row, "callee"));
    event.properties = properties;
    event.evidence = evidence;
    if (caller >= 0 && callee >= 0) {
        event.link = int(m_result.links.size());
        m_result.links.push_back({text ? QStringLiteral("texted") : QStringLiteral("called"),
                                  caller, callee, true, 1, properties, evidence});
    }
    if (caller >= 0)
        event.participants.push_back({caller, QStringLiteral("caller")});
    if (callee >= 0)
        event.participants.push_back({callee, QStringLiteral("callee")});
    if (!event.occurredAt.isEmpty())
        m_result.events.push_back(std::move(event));
}

void TableRows::addPayment(const CsvRow& row, const Evidence& evidence, int document) {
    QString amountText = cell(row, "amount");
    amountText.remove(QRegularExpression(QStringLiteral("[^0-9.,\\-]")));
    if (amountText.count(QLatin1Char(',')) == 1 && !amountText.contains(QLatin1Char('.')))
        amountText.replace(QLatin1Char(','), QLatin1Char('.')); // "42,50": decimal comma
    amountText.remove(QLatin1Char(','));
    const double amount = amountText.toDouble();
    QString date = cell(row, "date");
    if (date.isEmpty())
        date = cell(row, "start");
    const QString currency =
        cell(row, "currency").isEmpty() ? m_profile.currency : cell(row, "currency");
    Party payer{cell(row, "payer"), cell(row, "payer_account"), {}};
    Party payee{cell(row, "payee"), cell(row, "payee_account"), {}};
    if (payer.name.isEmpty() && payer.account.isEmpty())
        payer.account = cell(row, "caller");
    if (payee.name.isEmpty() && payee.account.isEmpty())
        payee.account = cell(row, "callee");
    // A statement export names only the counterparty; the account holder is the other side,
    // known from the statement rather than the row, so the payment keeps one party.
    m_payments.add({parseTableTime(date, m_profile.dateFormat), std::abs(amount), currency, payer,
                    payee, cell(row, "reference"), cell(row, "reference"), evidence.locator},
                   document);
}

void TableRows::addContact(const CsvRow& row, const Evidence& evidence) {
    const QString name = cell(row, "name");
    const int person = m_result.addEntity({QStringLiteral("Person"), name, {}, {}, evidence});
    if (const int number = phone(cell(row, "phone"), evidence); number >= 0)
        m_result.links.push_back({QStringLiteral("uses"), person, number, true, 1, {}, evidence});
    if (const QString email = cell(row, "email").toLower(); email.contains(QLatin1Char('@'))) {
        const int address = m_result.addEntity({QStringLiteral("EmailAddress"),
                                                email,
                                                {},
                                                {{QStringLiteral("email"), email}},
                                                evidence});
        m_result.links.push_back({QStringLiteral("uses"), person, address, true, 1, {}, evidence});
    }
}

void TableRows::add(const CsvRow& row, int rowNumber, int document) {
    const Evidence evidence{
        document,
        QJsonObject{{QStringLiteral("row"), rowNumber}, {QStringLiteral("line"), row.line}},
        row.cells.join(QStringLiteral(", ")), 1.0};
    switch (m_profile.kind) {
    case TableKind::Calls:
        return addCall(row, evidence);
    case TableKind::Payments:
        return addPayment(row, evidence, document);
    case TableKind::Contacts:
        return addContact(row, evidence);
    case TableKind::Generic:
        return;
    }
}

} // namespace threadline::ingest
