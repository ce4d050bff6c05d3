#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// Contacts in vCard 2.1, 3.0 and 4.0: a person per card with "uses" links to the phones (in
// E.164, by the import's region) and e-mail addresses on it, and the card as a document.
class VCardImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("vcard"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

} // namespace threadline::ingest
