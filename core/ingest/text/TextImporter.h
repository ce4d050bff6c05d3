#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// Plain text in UTF-8, UTF-16 (with or without a byte-order mark) or Windows-1252: one document;
// a big one (not UTF-16) a document per part of whole lines.
class TextImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("text"); }
    QString version() const override { return QStringLiteral("2"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
    bool readsInParts(const QByteArray& head) const override;
    Result<ImportResult> importInParts(QIODevice& device,
                                       const ImportContext& context) const override;
};

} // namespace threadline::ingest
