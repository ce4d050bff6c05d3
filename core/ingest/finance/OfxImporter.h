#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// OFX bank and card statements, version 1 (SGML) and 2 (XML): the statement account pays or is
// paid by each transaction's payee name.
class OfxImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("ofx"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

// "20090401122017.000[-5:EST]" -> "2009-04-01T17:20:17Z"; a bare date stays a date.
QString ofxTime(const QString& value);

} // namespace threadline::ingest
