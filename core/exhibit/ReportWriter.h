#pragma once

#include "util/Error.h"

#include <QColor>
#include <QString>

#include <vector>

namespace threadline::exhibit {

// A paginated report in a vector PDF through Qt's PDF painter: blocks of wrapped text laid out
// down US Letter pages, with the report's title at the top of each page and "page X of Y" at
// the foot. The appendix and the methods of an exhibit are written with it. Nothing is drawn
// over anything: each block takes the height its words need.
class ReportWriter {
public:
    struct Style {
        double points = 9;
        bool bold = false;
        QColor colour = QColor(0x1d, 0x23, 0x2b);
        double indent = 0;      // points from the left margin
        double spaceBefore = 2; // points
        bool monospace = false; // hashes: wrapped anywhere
    };
    static Style heading(double points = 13);
    static Style body();
    static Style detail(double indent = 14);
    static Style hash(double indent = 14);

    void add(const QString& text, const Style& style);
    void pageBreak();
    // Lays the blocks out and writes the PDF; `title` heads every page, `footer` is the left of
    // each page's foot.
    Result<void> write(const QString& path, const QString& title, const QString& footer) const;

private:
    struct Block {
        QString text;
        Style style;
        bool pageBreak = false;
    };
    std::vector<Block> m_blocks;
};

} // namespace threadline::exhibit
