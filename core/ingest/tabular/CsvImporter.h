#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// CSV and TSV tables: call detail records, bank and money-transfer records and contact lists,
// by a column-mapping profile (the analyst's, or one recognised from the header). Every row is a
// document; calls become "called"/"texted" links between phones, payments "paid" links between
// accounts, contacts people with their phones and e-mail addresses.
class CsvImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("table"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
    bool readsInParts(const QByteArray& head) const override;
    Result<ImportResult> importInParts(QIODevice& device,
                                       const ImportContext& context) const override;
};

struct CsvTable;

// Adds the rows of one table (a CSV file, a spreadsheet sheet) to `result` by the context's
// profile or one detected from the header. `title` names the table in documents ("calls.csv",
// "Book1.xlsx › Sheet1").
Result<void> addTable(const CsvTable& table, const QString& title, const ImportContext& context,
                      ImportResult& result);

} // namespace threadline::ingest
