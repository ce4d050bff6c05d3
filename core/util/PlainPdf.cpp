#include "util/PlainPdf.h"

namespace threadline {

namespace {

constexpr double kPageWidth = 595; // A4 in points
constexpr double kPageHeight = 842;
constexpr double kMargin = 56;
constexpr double kBodySize = 10.5;
constexpr double kHeadingSize = 14;
constexpr double kLeading = 1.4;       // line height as a multiple of the font size
constexpr int kCharactersPerLine = 92; // Helvetica at 10.5 pt averages ~5.2 pt a character
constexpr double kTabStop = 76;        // table columns: a tab moves to the next stop

// The text as WinAnsi bytes inside a PDF string: accents outside Latin-1 are dropped, and
// what is still not Latin-1 becomes '?'.
QByteArray pdfString(const QString& text) {
    QString plain;
    for (const QChar character : text) {
        if (character.unicode() < 0x100) {
            plain += character;
            continue;
        }
        const QString decomposed = QString(character).normalized(QString::NormalizationForm_D);
        plain += decomposed.at(0).unicode() < 0x100 ? decomposed.at(0) : QLatin1Char('?');
    }
    QByteArray escaped = plain.toLatin1();
    escaped.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return '(' + escaped + ')';
}

QStringList wrapped(const QString& line, int width) {
    QStringList pieces;
    QString current;
    for (const QString& word : line.split(QLatin1Char(' '))) {
        if (!current.isEmpty() && current.size() + 1 + word.size() > width) {
            pieces << current;
            current = QStringLiteral("    "); // continuation lines are indented
        }
        current += (current.trimmed().isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    pieces << current;
    return pieces;
}

QByteArray number(double value) {
    return QByteArray::number(value, 'f', 2);
}

} // namespace

PlainPdf::PlainPdf(QString title)
    : m_title(std::move(title)) {}

void PlainPdf::newPage() {
    m_pages.push_back({});
    m_cursor = kMargin;
}

void PlainPdf::writeLine(const QString& text, bool heading) {
    const double size = heading ? kHeadingSize : kBodySize;
    if (m_pages.empty() || !m_pages.back().image.isEmpty() ||
        m_cursor + size * kLeading > kPageHeight - kMargin)
        newPage();
    m_cursor += size * kLeading;
    const QStringList cells = text.split(QLatin1Char('\t'));
    for (qsizetype column = 0; column < cells.size(); ++column) {
        if (cells[column].isEmpty())
            continue;
        const double x = kMargin + double(column) * kTabStop;
        m_pages.back().content += "BT /" + QByteArray(heading ? "F2 " : "F1 ") + number(size) +
                                  " Tf " + number(x) + ' ' + number(kPageHeight - m_cursor) +
                                  " Td " + pdfString(cells[column]) + " Tj ET\n";
    }
}

void PlainPdf::addText(const QStringList& lines) {
    for (const QString& line : lines) {
        if (line == QLatin1String("\f")) {
            newPage();
            continue;
        }
        const bool heading = line.startsWith(QLatin1String("# "));
        const QString text = heading ? line.mid(2) : line;
        if (text.contains(QLatin1Char('\t'))) { // a table row is never wrapped
            writeLine(text, heading);
            continue;
        }
        for (const QString& piece :
             wrapped(text, heading ? kCharactersPerLine * 3 / 4 : kCharactersPerLine))
            writeLine(piece, heading);
    }
}

void PlainPdf::addScannedPage(const QByteArray& jpeg, int widthPixels, int heightPixels) {
    Page page;
    page.image = jpeg;
    page.imageWidth = widthPixels;
    page.imageHeight = heightPixels;
    page.content =
        "q " + number(kPageWidth) + " 0 0 " + number(kPageHeight) + " 0 0 cm /Scan Do Q\n";
    m_pages.push_back(std::move(page));
}

// Objects: 1 catalog, 2 page tree, 3 and 4 fonts, 5 info; then per page the page, its content
// and, for a scan, its image.
QByteArray PlainPdf::bytes() const {
    std::vector<QByteArray> objects = {
        {},
        {},
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Title " + pdfString(m_title) + " /Producer (Threadline) >>"};
    QByteArray kids;
    for (const Page& page : m_pages) {
        const std::size_t pageObject = objects.size() + 1;
        QByteArray resources = "/Font << /F1 3 0 R /F2 4 0 R >>";
        if (!page.image.isEmpty())
            resources += " /XObject << /Scan " + QByteArray::number(pageObject + 2) + " 0 R >>";
        objects.push_back("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + number(kPageWidth) +
                          ' ' + number(kPageHeight) + "] /Resources << " + resources +
                          " >> /Contents " + QByteArray::number(pageObject + 1) + " 0 R >>");
        objects.push_back("<< /Length " + QByteArray::number(page.content.size()) +
                          " >>\nstream\n" + page.content + "\nendstream");
        if (!page.image.isEmpty())
            objects.push_back("<< /Type /XObject /Subtype /Image /Width " +
                              QByteArray::number(page.imageWidth) + " /Height " +
                              QByteArray::number(page.imageHeight) +
                              " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /DCTDecode "
                              "/Length " +
                              QByteArray::number(page.image.size()) + " >>\nstream\n" + page.image +
                              "\nendstream");
        kids += QByteArray::number(pageObject) + " 0 R ";
    }
    objects[0] = "<< /Type /Catalog /Pages 2 0 R >>";
    objects[1] = "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
                 QByteArray::number(m_pages.size()) + " >>";

    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    std::vector<qsizetype> offsets;
    for (std::size_t i = 0; i < objects.size(); ++i) {
        offsets.push_back(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) +
           " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace threadline
