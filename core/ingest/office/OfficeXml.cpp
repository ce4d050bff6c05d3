#include "ingest/office/OfficeXml.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace threadline::ingest {

namespace {

// Repeated empty cells and rows in ODS can claim millions of copies; real data never needs more.
constexpr int kMaxRepeat = 1000;

// Turns a reader's error into one naming the place; no error: nullopt.
std::optional<Error> xmlError(const QXmlStreamReader& reader, const QString& member) {
    if (!reader.hasError())
        return std::nullopt;
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("malformed XML (%1): the document is damaged or hostile")
                     .arg(reader.errorString()),
                 {},
                 QStringLiteral("%1, line %2, column %3")
                     .arg(member)
                     .arg(reader.lineNumber())
                     .arg(reader.columnNumber())};
}

// Walks elements, collecting text inside `textElement` and breaking lines at `paragraphElements`.
Result<QString> paragraphs(const QByteArray& xml, const QString& member,
                           const QStringList& paragraphElements, const QString& textElement,
                           const QString& tabElement, const QString& spaceElement) {
    QXmlStreamReader reader(xml);
    QString text;
    bool inText = textElement.isEmpty();
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            if (reader.qualifiedName() == textElement)
                inText = true;
            else if (reader.qualifiedName() == tabElement)
                text += QLatin1Char('\t');
            else if (reader.qualifiedName() == spaceElement)
                text += QLatin1Char(' ');
            break;
        case QXmlStreamReader::EndElement:
            if (reader.qualifiedName() == textElement)
                inText = textElement.isEmpty();
            else if (paragraphElements.contains(reader.qualifiedName().toString()))
                text += QLatin1Char('\n');
            break;
        case QXmlStreamReader::Characters:
            if (inText)
                text += reader.text();
            break;
        default:
            break;
        }
    }
    if (auto error = xmlError(reader, member))
        return std::unexpected(*error);
    return text;
}

// "C12" -> 2 (zero-based column)
int columnOf(const QString& reference) {
    int column = 0;
    for (QChar character : reference) {
        if (!character.isLetter())
            break;
        column = column * 26 + (character.toUpper().unicode() - 'A' + 1);
    }
    return std::max(column - 1, 0);
}

Result<QStringList> sharedStrings(const QByteArray& xml) {
    QStringList strings;
    QXmlStreamReader reader(xml);
    QString current;
    bool inText = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("si"))
            current.clear();
        else if (reader.isStartElement() && reader.name() == QLatin1String("t"))
            inText = true;
        else if (reader.isEndElement() && reader.name() == QLatin1String("t"))
            inText = false;
        else if (reader.isCharacters() && inText)
            current += reader.text();
        else if (reader.isEndElement() && reader.name() == QLatin1String("si"))
            strings << current;
    }
    if (auto error = xmlError(reader, QStringLiteral("xl/sharedStrings.xml"));
        error && !xml.isEmpty())
        return std::unexpected(*error);
    return strings;
}

CsvTable toTable(std::vector<CsvRow> rows) {
    CsvTable table;
    table.delimiter = QLatin1Char(',');
    if (!rows.empty()) {
        table.header = rows.front().cells;
        rows.erase(rows.begin());
    }
    table.rows = std::move(rows);
    return table;
}

Result<CsvTable> worksheet(const QByteArray& xml, const QString& member,
                           const QStringList& strings) {
    std::vector<CsvRow> rows;
    QXmlStreamReader reader(xml);
    QString type, value, reference;
    bool inValue = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.name();
        if (reader.isStartElement() && name == QLatin1String("row")) {
            rows.push_back({{}, reader.attributes().value(QLatin1String("r")).toInt()});
        } else if (reader.isStartElement() && name == QLatin1String("c")) {
            type = reader.attributes().value(QLatin1String("t")).toString();
            reference = reader.attributes().value(QLatin1String("r")).toString();
            value.clear();
        } else if (reader.isStartElement() &&
                   (name == QLatin1String("v") || name == QLatin1String("t"))) {
            inValue = true;
        } else if (reader.isEndElement() &&
                   (name == QLatin1String("v") || name == QLatin1String("t"))) {
            inValue = false;
        } else if (reader.isCharacters() && inValue) {
            value += reader.text();
        } else if (reader.isEndElement() && name == QLatin1String("c") && !rows.empty()) {
            QStringList& cells = rows.back().cells;
            const int column = std::min(columnOf(reference), kMaxRepeat);
            while (cells.size() < column)
                cells << QString();
            cells << (type == QLatin1String("s") ? strings.value(value.toInt()) : value);
        }
    }
    if (auto error = xmlError(reader, member))
        return std::unexpected(*error);
    return toTable(std::move(rows));
}

} // namespace

Result<QString> wordprocessingText(const QByteArray& documentXml) {
    return paragraphs(documentXml, QStringLiteral("word/document.xml"), {QStringLiteral("w:p")},
                      QStringLiteral("w:t"), QStringLiteral("w:tab"), QStringLiteral("w:br"));
}

Result<QString> openDocumentText(const QByteArray& contentXml) {
    return paragraphs(contentXml, QStringLiteral("content.xml"),
                      {QStringLiteral("text:p"), QStringLiteral("text:h")}, {},
                      QStringLiteral("text:tab"), QStringLiteral("text:s"));
}

Result<std::vector<NamedTable>> spreadsheetTables(const std::map<QString, QByteArray>& members) {
    const auto find = [&](const QString& name) {
        const auto found = members.find(name);
        return found == members.end() ? QByteArray() : found->second;
    };
    const auto strings = sharedStrings(find(QStringLiteral("xl/sharedStrings.xml")));
    if (!strings)
        return std::unexpected(strings.error());
    // Sheet names in workbook order; sheetN.xml files follow that order in files Excel writes.
    QStringList names;
    QXmlStreamReader workbook(find(QStringLiteral("xl/workbook.xml")));
    while (!workbook.atEnd())
        if (workbook.readNext() == QXmlStreamReader::StartElement &&
            workbook.name() == QLatin1String("sheet"))
            names << workbook.attributes().value(QLatin1String("name")).toString();
    std::vector<NamedTable> tables;
    for (qsizetype index = 0; index < names.size(); ++index) {
        const QByteArray xml = find(QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1));
        if (xml.isEmpty())
            continue;
        auto sheet =
            worksheet(xml, QStringLiteral("xl/worksheets/sheet%1.xml").arg(index + 1), *strings);
        if (!sheet)
            return std::unexpected(sheet.error());
        tables.push_back({names[index], std::move(*sheet)});
    }
    if (auto error = xmlError(workbook, QStringLiteral("xl/workbook.xml")))
        return std::unexpected(*error);
    return tables;
}

Result<std::vector<NamedTable>> openDocumentTables(const QByteArray& contentXml) {
    std::vector<NamedTable> tables;
    std::vector<CsvRow> rows;
    QXmlStreamReader reader(contentXml);
    QString cell;
    int repeat = 1, rowRepeat = 1, line = 0;
    bool inCell = false;
    while (!reader.atEnd()) {
        reader.readNext();
        const auto name = reader.qualifiedName();
        const auto attributes = reader.attributes();
        if (reader.isStartElement() && name == QLatin1String("table:table")) {
            tables.push_back({attributes.value(QLatin1String("table:name")).toString(), {}});
            rows.clear();
            line = 0;
        } else if (reader.isStartElement() && name == QLatin1String("table:table-row")) {
            rowRepeat =
                std::clamp(attributes.value(QLatin1String("table:number-rows-repeated")).toInt(), 1,
                           kMaxRepeat);
            rows.push_back({{}, ++line});
        } else if (reader.isStartElement() && name == QLatin1String("table:table-cell")) {
            repeat =
                std::clamp(attributes.value(QLatin1String("table:number-columns-repeated")).toInt(),
                           1, kMaxRepeat);
            cell.clear();
            inCell = true;
        } else if (reader.isCharacters() && inCell) {
            cell += reader.text();
        } else if (reader.isEndElement() && name == QLatin1String("table:table-cell")) {
            for (int copy = 0; copy < repeat; ++copy)
                rows.back().cells << cell;
            inCell = false;
        } else if (reader.isEndElement() && name == QLatin1String("table:table-row")) {
            // Trailing empty cells and rows are padding, not data.
            while (!rows.back().cells.isEmpty() && rows.back().cells.back().isEmpty())
                rows.back().cells.removeLast();
            if (rows.back().cells.isEmpty())
                rows.pop_back();
            else
                for (int copy = 1; copy < rowRepeat; ++copy)
                    rows.push_back(rows.back());
        } else if (reader.isEndElement() && name == QLatin1String("table:table")) {
            tables.back().table = toTable(std::move(rows));
            rows = {};
        }
    }
    if (auto error = xmlError(reader, QStringLiteral("content.xml")))
        return std::unexpected(*error);
    return tables;
}

} // namespace threadline::ingest
