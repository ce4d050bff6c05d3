#include "ingest/text/TextImporter.h"

#include "ingest/IdentifierEntities.h"
#include "ingest/text/TextDecoding.h"

namespace threadline::ingest {

int TextImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    if (!looksLikeText(head))
        return 0;
    // Any readable text is better kept searchable than not imported, but a specific importer
    // (e-mail, vCard, CSV ...) that recognises the content wins.
    const bool plain = context.mediaType == QLatin1String("text/plain") ||
                       context.fileName.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive);
    return plain ? 20 : 10;
}

Result<ImportResult> TextImporter::import(const QByteArray& bytes,
                                          const ImportContext& context) const {
    const DecodedText decoded = decodeText(bytes);
    ImportResult result;
    ExtractedDocument document;
    document.kind = QStringLiteral("text");
    document.title = context.fileName;
    document.text = decoded.text;
    document.locator = QJsonObject{{QStringLiteral("encoding"), decoded.encoding}};
    result.addDocument(std::move(document));
    addMentionedIdentifiers(result, context.region);
    if (decoded.text.contains(QChar::ReplacementCharacter))
        result.warnings << QStringLiteral("some bytes are not valid %1 and show as \uFFFD")
                               .arg(decoded.encoding);
    return result;
}

} // namespace threadline::ingest
