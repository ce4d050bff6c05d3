#include "exhibit/ReportWriter.h"

#include <QFontDatabase>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace threadline::exhibit {

namespace {

constexpr double kPageWidth = 612; // US Letter, portrait, in points
constexpr double kPageHeight = 792;
constexpr double kMargin = 54;
constexpr double kHeaderHeight = 22;
constexpr double kFooterHeight = 20;
const QColor kMuted(0x5c, 0x66, 0x73);

QFont fontOf(const ReportWriter::Style& style) {
    QFont font = style.monospace ? QFontDatabase::systemFont(QFontDatabase::FixedFont) : QFont();
    font.setPointSizeF(style.points);
    font.setBold(style.bold);
    return font;
}

int flagsOf(const ReportWriter::Style& style) {
    return Qt::AlignLeft | Qt::AlignTop |
           (style.monospace ? Qt::TextWrapAnywhere : Qt::TextWordWrap);
}

// Where each block goes: its page and its box there.
struct Placed {
    int page = 0;
    QRectF box;
};

} // namespace

ReportWriter::Style ReportWriter::heading(double points) {
    return {points, true, QColor(0x1d, 0x23, 0x2b), 0, points * 0.9, false};
}
ReportWriter::Style ReportWriter::body() {
    return {};
}
ReportWriter::Style ReportWriter::detail(double indent) {
    return {8, false, kMuted, indent, 1, false};
}
ReportWriter::Style ReportWriter::hash(double indent) {
    return {7, false, kMuted, indent, 0, true};
}

void ReportWriter::add(const QString& text, const Style& style) {
    m_blocks.push_back({text, style, false});
}

void ReportWriter::pageBreak() {
    m_blocks.push_back({{}, {}, true});
}

Result<void> ReportWriter::write(const QString& path, const QString& title,
                                 const QString& footer) const {
    QPdfWriter pdf(path);
    pdf.setResolution(72); // a unit is a point
    pdf.setPageLayout(
        QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    pdf.setCreator(QStringLiteral("Threadline"));
    pdf.setTitle(title);
    const double top = kMargin + kHeaderHeight;
    const double bottom = kPageHeight - kMargin - kFooterHeight;
    const double width = kPageWidth - 2 * kMargin;
    // First the layout, so that every page can say how many there are.
    std::vector<Placed> placed;
    placed.reserve(m_blocks.size());
    int page = 0;
    double y = top;
    for (const Block& block : m_blocks) {
        if (block.pageBreak) {
            if (y > top)
                ++page, y = top;
            placed.push_back({page, {}});
            continue;
        }
        const QFontMetricsF metrics(fontOf(block.style), &pdf);
        const double blockWidth = width - block.style.indent;
        const QRectF needed =
            metrics.boundingRect(QRectF(0, 0, blockWidth, 1e6), flagsOf(block.style), block.text);
        const double height = needed.height() + block.style.spaceBefore;
        if (y + height > bottom && y > top)
            ++page, y = top;
        placed.push_back({page, QRectF(kMargin + block.style.indent, y + block.style.spaceBefore,
                                       blockWidth, needed.height())});
        y += height;
    }
    const int pages = page + 1;
    QPainter painter;
    if (!painter.begin(&pdf))
        return fail(ErrorCode::Io, QStringLiteral("cannot write %1").arg(path));
    const auto decorate = [&](int number) {
        painter.setFont(fontOf(detail(0)));
        painter.setPen(kMuted);
        painter.drawText(QRectF(kMargin, kMargin, width, kHeaderHeight - 6),
                         Qt::AlignLeft | Qt::AlignBottom, title);
        painter.drawLine(QPointF(kMargin, kMargin + kHeaderHeight - 4),
                         QPointF(kMargin + width, kMargin + kHeaderHeight - 4));
        const QRectF foot(kMargin, kPageHeight - kMargin - kFooterHeight + 6, width, 12);
        painter.drawText(foot, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(foot, Qt::AlignRight | Qt::AlignVCenter,
                         QStringLiteral("page %1 of %2").arg(number + 1).arg(pages));
    };
    int current = 0;
    decorate(current);
    for (std::size_t index = 0; index < m_blocks.size(); ++index) {
        const Block& block = m_blocks[index];
        if (block.pageBreak)
            continue;
        while (current < placed[index].page) {
            pdf.newPage();
            decorate(++current);
        }
        painter.setFont(fontOf(block.style));
        painter.setPen(block.style.colour);
        painter.drawText(placed[index].box, flagsOf(block.style), block.text);
    }
    while (current < pages - 1) { // a trailing page break
        pdf.newPage();
        decorate(++current);
    }
    painter.end();
    return {};
}

} // namespace threadline::exhibit
