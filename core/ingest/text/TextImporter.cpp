#include "ingest/text/TextImporter.h"

#include "ingest/IdentifierEntities.h"
#include "ingest/text/TextDecoding.h"

#include <QJsonArray>

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

namespace {

// A part of a text read in parts: whole lines, at most this many bytes (or a quarter of the
// limit for one file, when lower).
constexpr qint64 kTextPartBytes = 8 << 20;

ImportResult textDocument(const QByteArray& bytes, const QString& title, QJsonObject locator,
                          const ImportContext& context) {
    const DecodedText decoded = decodeText(bytes);
    ImportResult result;
    ExtractedDocument document;
    document.kind = QStringLiteral("text");
    document.title = title;
    document.text = decoded.text;
    locator.insert(QStringLiteral("encoding"), decoded.encoding);
    document.locator = locator;
    result.addDocument(std::move(document));
    addMentionedIdentifiers(result, context.region);
    if (decoded.text.contains(QChar::ReplacementCharacter))
        result.warnings << QStringLiteral("some bytes are not valid %1 and show as \uFFFD")
                               .arg(decoded.encoding);
    return result;
}

// Where to end a part of `bytes`: after its last line break, or, in a part that has none (text
// without lines), before the last whole UTF-8 character.
qsizetype partEnd(const QByteArray& bytes, bool end, qint64 partBytes) {
    if (end)
        return bytes.size();
    const qsizetype lineEnd = bytes.lastIndexOf('\n') + 1;
    if (lineEnd > 0 || bytes.size() < partBytes)
        return lineEnd;
    qsizetype cut = bytes.size();
    while (cut > 0 && (uchar(bytes[cut - 1]) & 0xC0) == 0x80) // a continuation byte
        --cut;
    return cut > 0 && uchar(bytes[cut - 1]) >= 0xC0 ? cut - 1 : bytes.size();
}

} // namespace

Result<ImportResult> TextImporter::import(const QByteArray& bytes,
                                          const ImportContext& context) const {
    return textDocument(bytes, context.fileName, {}, context);
}

bool TextImporter::readsInParts(const QByteArray& head) const {
    return looksLikeText(head) && !decodeText(head).encoding.startsWith(QLatin1String("UTF-16"));
}

// A text of any size (a chat export, a server log) as a document per part of whole lines, each
// titled and located by its lines, written while the next is read.
Result<ImportResult> TextImporter::importInParts(QIODevice& device,
                                                 const ImportContext& context) const {
    const qint64 partBytes = std::min<qint64>(kTextPartBytes, context.limits.maxBytes / 4 + 1);
    const double total = double(std::max<qint64>(device.size(), 1));
    ImportResult left; // the warnings
    QByteArray pending;
    int part = 0;
    int linesBefore = 0;
    qint64 bytesBefore = 0;
    for (bool end = false; !end;) {
        pending += device.read(partBytes);
        end = device.atEnd();
        const qsizetype cut = partEnd(pending, end, partBytes);
        if (cut <= 0)
            continue;
        const QByteArray bytes = pending.left(cut);
        pending.remove(0, cut);
        const int lines = int(bytes.count('\n')) + (bytes.endsWith('\n') ? 0 : 1);
        const QString title = QStringLiteral("%1, lines %2–%3")
                                  .arg(context.fileName)
                                  .arg(linesBefore + 1)
                                  .arg(linesBefore + lines);
        ImportResult result =
            textDocument(bytes, title,
                         QJsonObject{{QStringLiteral("part"), ++part},
                                     {QStringLiteral("lines"),
                                      QJsonArray{linesBefore + 1, linesBefore + lines}}},
                         context);
        linesBefore += int(bytes.count('\n'));
        bytesBefore += cut;
        left.warnings << std::exchange(result.warnings, {});
        if (auto written = context.writePart(std::move(result)); !written)
            return std::unexpected(written.error());
        if (context.cancelled(double(bytesBefore) / total))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
    }
    left.warnings.removeDuplicates();
    return left;
}

} // namespace threadline::ingest
