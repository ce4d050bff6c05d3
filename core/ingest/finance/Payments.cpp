#include "ingest/finance/Payments.h"

#include <QRegularExpression>

namespace threadline::ingest {

QString normaliseAccount(const QString& account) {
    QString compact = account.trimmed().toUpper();
    static const QRegularExpression spreadsheetNumber(QStringLiteral("^[0-9]+\\.0$"));
    if (spreadsheetNumber.match(compact).hasMatch())
        compact.chop(
            2); // "7983131.0": an account number that went through a spreadsheet as a float
    compact.remove(QRegularExpression(QStringLiteral("[\\s\\-./]")));
    return compact;
}

int PaymentSink::party(const Party& party, const Evidence& evidence) {
    const QString account = normaliseAccount(party.account);
    const QString name = party.name.simplified();
    if (account.isEmpty() && name.isEmpty())
        return -1;
    static const QRegularExpression iban(QStringLiteral("^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$"));
    const Identifier identifier =
        !account.isEmpty() ? Identifier{iban.match(account).hasMatch() ? QStringLiteral("iban")
                                                                       : QStringLiteral("account"),
                                        account}
                           : Identifier{QStringLiteral("counterparty-name"), name.toLower()};
    const QString key = identifier.kind + QLatin1Char(':') + identifier.value;
    if (const auto found = m_parties.constFind(key); found != m_parties.constEnd())
        return *found;
    QJsonObject properties;
    if (!name.isEmpty())
        properties.insert(QStringLiteral("holder"), name);
    if (!party.bic.isEmpty())
        properties.insert(QStringLiteral("bic"), party.bic.trimmed().toUpper());
    const QString label = account.isEmpty() ? name
                          : name.isEmpty()  ? account
                                            : QStringLiteral("%1 (%2)").arg(account, name);
    const int entity = m_result.addEntity(
        {account.isEmpty() ? QStringLiteral("Counterparty") : QStringLiteral("Account"),
         label,
         properties,
         {identifier},
         evidence});
    m_parties.insert(key, entity);
    return entity;
}

void PaymentSink::add(const Payment& payment, int document) {
    const Evidence evidence{document, payment.locator,
                            payment.description.isEmpty() ? payment.reference : payment.description,
                            1.0};
    const int payer = party(payment.payer, evidence);
    const int payee = party(payment.payee, evidence);
    const QJsonObject properties{{QStringLiteral("amount"), payment.amount},
                                 {QStringLiteral("currency"), payment.currency},
                                 {QStringLiteral("date"), payment.date},
                                 {QStringLiteral("reference"), payment.reference}};
    ExtractedEvent event;
    event.type = QStringLiteral("payment");
    event.occurredAt = payment.date;
    event.summary = QStringLiteral("%1 %2 %3")
                        .arg(payment.amount, 0, 'f', 2)
                        .arg(payment.currency, payment.description)
                        .trimmed();
    event.properties = properties;
    event.evidence = evidence;
    if (payer >= 0 && payee >= 0) {
        event.link = int(m_result.links.size());
        m_result.links.push_back(
            {QStringLiteral("paid"), payer, payee, true, payment.amount, properties, evidence});
    }
    if (payer >= 0)
        event.participants.push_back({payer, QStringLiteral("payer")});
    if (payee >= 0)
        event.participants.push_back({payee, QStringLiteral("payee")});
    if (!payment.date.isEmpty())
        m_result.events.push_back(std::move(event));
}

} // namespace threadline::ingest
