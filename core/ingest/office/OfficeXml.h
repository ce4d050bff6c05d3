#pragma once

#include "ingest/tabular/CsvReader.h"
#include "util/Error.h"

#include <QByteArray>
#include <QString>

#include <map>
#include <vector>

namespace threadline::ingest {

// Readers for the XML inside office files. All use QXmlStreamReader, which never fetches
// external entities and caps entity expansion, so a hostile document cannot blow up memory.
// Malformed XML fails with the line and column; the error's `file` is left for the caller.

// Paragraph text of word/document.xml (DOCX), one paragraph per line.
Result<QString> wordprocessingText(const QByteArray& documentXml);

// Paragraph and heading text of content.xml (ODT).
Result<QString> openDocumentText(const QByteArray& contentXml);

struct NamedTable {
    QString name;
    CsvTable table; // first row as header
};

// Every sheet of an XLSX workbook, given its members (xl/workbook.xml, xl/sharedStrings.xml,
// xl/worksheets/sheetN.xml ...), in workbook order.
Result<std::vector<NamedTable>> spreadsheetTables(const std::map<QString, QByteArray>& members);

// Every table of content.xml (ODS).
Result<std::vector<NamedTable>> openDocumentTables(const QByteArray& contentXml);

} // namespace threadline::ingest
