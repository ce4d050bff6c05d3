#include "ingest/tabular/CsvReader.h"

#include <algorithm>

namespace threadline::ingest {

namespace {

// A small state machine over the characters: quoted fields may hold delimiters, doubled quotes
// and line breaks.
class Parser {
public:
    Parser(QChar delimiter, int firstLine)
        : m_delimiter(delimiter)
        , m_line(firstLine)
        , m_current{{}, firstLine} {}

    std::vector<CsvRow> parse(const QString& text) {
        for (qsizetype index = 0; index < text.size(); ++index) {
            const QChar character = text[index];
            if (m_quoted) {
                if (character == QLatin1Char('"') && index + 1 < text.size() &&
                    text[index + 1] == QLatin1Char('"')) {
                    m_cell += character;
                    ++index;
                } else if (character == QLatin1Char('"')) {
                    m_quoted = false;
                } else {
                    m_cell += character;
                    m_line += character == QLatin1Char('\n');
                }
            } else if (character == QLatin1Char('"') && m_cell.isEmpty()) {
                m_quoted = true;
            } else if (character == m_delimiter) {
                endCell();
            } else if (character == QLatin1Char('\n')) {
                endRow();
                ++m_line;
            } else if (character != QLatin1Char('\r')) {
                m_cell += character;
            }
        }
        endRow();
        return std::move(m_rows);
    }

private:
    void endCell() {
        m_current.cells << m_cell;
        m_cell.clear();
    }
    void endRow() {
        endCell();
        const bool blank =
            m_current.cells.size() == 1 && m_current.cells.front().trimmed().isEmpty();
        if (!blank)
            m_rows.push_back(std::move(m_current));
        m_current = CsvRow{{}, m_line + 1};
    }

    QChar m_delimiter;
    bool m_quoted = false;
    int m_line;
    QString m_cell;
    CsvRow m_current;
    std::vector<CsvRow> m_rows;
};

} // namespace

char detectDelimiter(QByteArrayView firstLine) {
    char best = ',';
    qsizetype bestCount = 0;
    for (char candidate : {',', ';', '\t', '|'}) {
        const qsizetype count = std::count(firstLine.begin(), firstLine.end(), candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

CsvTable readCsv(const QString& text) {
    CsvTable table;
    table.delimiter = QLatin1Char(detectDelimiter(text.section(QLatin1Char('\n'), 0, 0).toUtf8()));
    table.rows = Parser(table.delimiter, 1).parse(text);
    if (!table.rows.empty()) {
        table.header = table.rows.front().cells;
        for (QString& name : table.header)
            name = name.trimmed();
        table.rows.erase(table.rows.begin());
    }
    return table;
}

std::vector<CsvRow> readCsvRows(const QString& text, QChar delimiter, int firstLine) {
    return Parser(delimiter, firstLine).parse(text);
}

// The parser's own rules on bytes (the characters that matter are ASCII, in UTF-8 and
// Windows-1252 alike): a quote opens a quoted cell only at the cell's start.
qsizetype lastRowEnd(QByteArrayView bytes, char delimiter) {
    qsizetype end = -1;
    bool quoted = false;
    bool cellStarted = false;
    for (qsizetype index = 0; index < bytes.size(); ++index) {
        const char character = bytes[index];
        if (quoted) {
            if (character == '"' && index + 1 < bytes.size() && bytes[index + 1] == '"')
                ++index;
            else if (character == '"')
                quoted = false;
        } else if (character == '"' && !cellStarted) {
            quoted = true;
            cellStarted = true;
        } else if (character == delimiter) {
            cellStarted = false;
        } else if (character == '\n') {
            cellStarted = false;
            end = index + 1;
        } else if (character != '\r') {
            cellStarted = true;
        }
    }
    return end;
}

} // namespace threadline::ingest
