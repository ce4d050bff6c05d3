#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace threadline {

// A small PDF writer for plain documents: pages of text in the standard Helvetica fonts, and
// pages that are nothing but a scanned image. It writes no dates or random ids, so the same
// content gives the same bytes, which synthetic cases need and QPdfWriter cannot promise; and
// it needs no QGuiApplication. Text outside Latin-1 loses its accents ("Nguyễn" -> "Nguyen").
class PlainPdf {
public:
    explicit PlainPdf(QString title);

    // Flows the lines onto A4 pages, wrapping long ones. "# Heading" is set in bold and larger;
    // an empty line is a paragraph gap; "\f" starts a new page; tabs split a line into table
    // cells at fixed stops.
    void addText(const QStringList& lines);
    // A page showing a grey-scale JPEG (a scan) edge to edge; it has no text layer.
    void addScannedPage(const QByteArray& jpeg, int widthPixels, int heightPixels);

    QByteArray bytes() const;

private:
    struct Page {
        QByteArray content; // the page's content stream
        QByteArray image;   // JPEG bytes for a scanned page
        int imageWidth = 0;
        int imageHeight = 0;
    };
    void newPage();
    void writeLine(const QString& text, bool heading);

    QString m_title;
    std::vector<Page> m_pages;
    double m_cursor = 0; // distance of the next line's baseline from the page top, in points
};

} // namespace threadline
