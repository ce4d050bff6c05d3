#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// SWIFT MT940 bank statements: the account holder (:25:) pays or is paid by each counterparty
// named in the :86: details (IBAN, BIC and name, in SEPA "/IBAN/…/NAME/…" or German "?32" form).
class Mt940Importer final : public Importer {
public:
    QString name() const override { return QStringLiteral("mt940"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

} // namespace threadline::ingest
