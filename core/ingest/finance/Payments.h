#pragma once

#include "model/ImportResult.h"

#include <QHash>

namespace threadline::ingest {

// One side of a payment: an account (IBAN, bank account, wallet, Cash App tag) and/or a name.
struct Party {
    QString name;
    QString account; // as written; normalised for the identifier
    QString bic;
};

// A movement of money, as a statement line, a transfer record or a CSV row describes it.
struct Payment {
    QString date;      // ISO 8601 (a date, or a date and time)
    double amount = 0; // positive, in `currency`
    QString currency;
    Party payer;
    Party payee;
    QString reference;
    QString description;
    JsonText locator; // where in the source: {"line":12}, {"row":7}, {"transaction":"FITID"}
};

// Adds payments to an ImportResult as Account (or named Counterparty) entities, a "paid" link
// from payer to payee weighted by the amount, and a "payment" event; repeated parties within
// one source share an entity, and across sources their identifiers make them one.
class PaymentSink {
public:
    explicit PaymentSink(ImportResult& result)
        : m_result(result) {}
    void add(const Payment& payment, int document);

private:
    int party(const Party& party, const Evidence& evidence);

    ImportResult& m_result;
    QHash<QString, int> m_parties; // identifier "kind:value" -> entity index
};

// "FR76 3000 6000 0112 3456 7890 189" -> "FR7630006000011234567890189"; other account numbers
// lose spaces and dashes only.
QString normaliseAccount(const QString& account);

} // namespace threadline::ingest
