#pragma once

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

} // namespace threadline::ingest
