#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <vector>

namespace threadline::ingest {

struct CsvRow {
    QStringList cells;
    int line = 0; // 1-based line where the row starts
};

struct CsvTable {
    QChar delimiter;
    QStringList header;
    std::vector<CsvRow> rows;
};

// Reads delimited text (RFC 4180 quoting; comma, semicolon, tab or pipe, whichever the first
// line uses most). The first row is the header.
CsvTable readCsv(const QString& text);

// For a table read a part at a time: the delimiter its first line uses most; the rows of a later
// part (no header), whose first line is `firstLine` of the file; and where the last whole row of
// `bytes` (starting at a row) ends, after its line break outside quotes, or -1 when none does.
char detectDelimiter(QByteArrayView firstLine);
std::vector<CsvRow> readCsvRows(const QString& text, QChar delimiter, int firstLine);
qsizetype lastRowEnd(QByteArrayView bytes, char delimiter);

} // namespace threadline::ingest
