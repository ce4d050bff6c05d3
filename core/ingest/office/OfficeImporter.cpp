#include "ingest/office/OfficeImporter.h"

#include "ingest/IdentifierEntities.h"
#include "ingest/archive/ArchiveImporter.h"
#include "ingest/office/OfficeXml.h"
#include "ingest/tabular/CsvImporter.h"

namespace threadline::ingest {

namespace {

enum class OfficeKind { None, Docx, Xlsx, Odt, Ods };

OfficeKind kindOf(const QByteArray& head, const QString& fileName) {
    if (!head.startsWith("PK\x03\x04"))
        return OfficeKind::None;
    // OpenDocument stores its media type uncompressed as the first member; OOXML has no such
    // marker early on, so its extension decides.
    if (head.contains("application/vnd.oasis.opendocument.text"))
        return OfficeKind::Odt;
    if (head.contains("application/vnd.oasis.opendocument.spreadsheet"))
        return OfficeKind::Ods;
    const QString lower = fileName.toLower();
    if (lower.endsWith(QLatin1String(".docx")) || lower.endsWith(QLatin1String(".docm")))
        return OfficeKind::Docx;
    if (lower.endsWith(QLatin1String(".xlsx")) || lower.endsWith(QLatin1String(".xlsm")))
        return OfficeKind::Xlsx;
    return OfficeKind::None;
}

Result<QByteArray> member(const QByteArray& bytes, const ImportContext& context,
                          const QString& name) {
    auto members = readArchiveMembers(bytes, context,
                                      [&](const QString& candidate) { return candidate == name; });
    if (!members)
        return std::unexpected(members.error());
    if (members->empty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1 is missing: the document is damaged").arg(name),
                    context.fileName);
    return members->begin()->second;
}

// Names the file in an error from the XML readers, which only know the member and place.
template <typename T> Result<T> inFile(Result<T> result, const ImportContext& context) {
    if (!result)
        result.error().file = context.fileName;
    return result;
}

Result<ImportResult> textDocument(const QByteArray& bytes, const ImportContext& context,
                                  const QString& xmlName,
                                  Result<QString> (*read)(const QByteArray&)) {
    auto xml = member(bytes, context, xmlName);
    if (!xml)
        return std::unexpected(xml.error());
    auto text = inFile(read(*xml), context);
    if (!text)
        return std::unexpected(text.error());
    ImportResult result;
    result.addDocument({QStringLiteral("text"),
                        context.fileName,
                        *text,
                        {},
                        {},
                        QJsonObject{{QStringLiteral("member"), xmlName}}});
    addMentionedIdentifiers(result, context.region);
    return result;
}

Result<ImportResult> tables(Result<std::vector<NamedTable>> sheets, const ImportContext& context) {
    sheets = inFile(std::move(sheets), context);
    if (!sheets)
        return std::unexpected(sheets.error());
    ImportResult result;
    for (const NamedTable& sheet : *sheets) {
        if (sheet.table.header.isEmpty())
            continue;
        const QString title = context.fileName + QStringLiteral(" › ") + sheet.name;
        if (auto added = addTable(sheet.table, title, context, result); !added)
            return std::unexpected(added.error());
    }
    if (result.documents.empty())
        result.warnings << QStringLiteral("no sheet holds any rows");
    return result;
}

} // namespace

int OfficeImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    return kindOf(head, context.fileName) == OfficeKind::None ? 0 : 85;
}

Result<ImportResult> OfficeImporter::import(const QByteArray& bytes,
                                            const ImportContext& context) const {
    switch (kindOf(bytes.left(8192), context.fileName)) {
    case OfficeKind::Docx:
        return textDocument(bytes, context, QStringLiteral("word/document.xml"),
                            wordprocessingText);
    case OfficeKind::Odt:
        return textDocument(bytes, context, QStringLiteral("content.xml"), openDocumentText);
    case OfficeKind::Ods: {
        auto xml = member(bytes, context, QStringLiteral("content.xml"));
        if (!xml)
            return std::unexpected(xml.error());
        return tables(openDocumentTables(*xml), context);
    }
    case OfficeKind::Xlsx: {
        auto members = readArchiveMembers(bytes, context, [](const QString& name) {
            return name == QLatin1String("xl/workbook.xml") ||
                   name == QLatin1String("xl/sharedStrings.xml") ||
                   name.startsWith(QLatin1String("xl/worksheets/sheet"));
        });
        if (!members)
            return std::unexpected(members.error());
        return tables(spreadsheetTables(*members), context);
    }
    case OfficeKind::None:
        break;
    }
    return fail(ErrorCode::InvalidArgument, QStringLiteral("not an office document"),
                context.fileName);
}

} // namespace threadline::ingest
