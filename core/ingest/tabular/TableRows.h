#pragma once

#include "extract/PhoneNumbers.h"
#include "ingest/finance/Payments.h"
#include "ingest/tabular/CsvReader.h"
#include "ingest/tabular/TableProfile.h"
#include "model/ImportResult.h"

#include <QHash>

namespace threadline::ingest {

// Turns the rows of one table into entities, links and events by the profile's kind.
class TableRows {
public:
    TableRows(const TableProfile& profile, const QStringList& header, QString region,
              ImportResult& result);

    void add(const CsvRow& row, int rowNumber, int document);

private:
    QString cell(const CsvRow& row, const char* role) const;
    int phone(const QString& written, const Evidence& evidence);
    void addCall(const CsvRow& row, const Evidence& evidence);
    void addPayment(const CsvRow& row, const Evidence& evidence, int document);
    void addContact(const CsvRow& row, const Evidence& evidence);

    const TableProfile& m_profile;
    QHash<QString, int> m_columnIndex; // role -> column
    extract::PhoneNormaliser m_normalise;
    ImportResult& m_result;
    PaymentSink m_payments;
    QHash<QString, int> m_phones; // identifier -> entity index
};

} // namespace threadline::ingest
