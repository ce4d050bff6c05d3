#include "ingest/tabular/CsvReader.h"

namespace threadline::ingest {

namespace {

QChar detectDelimiter(const QString& text) {
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);
    QChar best = QLatin1Char(',');
    qsizetype bestCount = 0;
    for (QChar candidate :
         {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t'), QLatin1Char('|')}) {
        const qsizetype count = firstLine.count(candidate);
        if (count > bestCount) {
            best = candidate;
            bestCount = count;
        }
    }
    return best;
}

// A small state machine over the characters: quoted fields may hold delimiters, doubled quotes
// and line breaks.
class Parser {
public:
    explicit Parser(QChar delimiter)
        : m_delimiter(delimiter) {}

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
    int m_line = 1;
    QString m_cell;
    CsvRow m_current{{}, 1};
    std::vector<CsvRow> m_rows;
};

} // namespace

CsvTable readCsv(const QString& text) {
    CsvTable table;
    table.delimiter = detectDelimiter(text);
    table.rows = Parser(table.delimiter).parse(text);
    if (!table.rows.empty()) {
        table.header = table.rows.front().cells;
        for (QString& name : table.header)
            name = name.trimmed();
        table.rows.erase(table.rows.begin());
    }
    return table;
}

} // namespace threadline::ingest
