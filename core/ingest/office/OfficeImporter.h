#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// Office documents read as ZIP + XML: DOCX and ODT become one text document; XLSX and ODS sheets
// are tables imported like CSV (profiles, calls, payments, contacts).
class OfficeImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("office"); }
    QString version() const override { return QStringLiteral("2"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

} // namespace threadline::ingest
