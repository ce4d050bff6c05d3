#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace threadline::ingest {

// What a saved web page says, read with gumbo (an HTML5 parser that copes with any tag soup).
struct HtmlPage {
    QString title;       // og:title, else <title>, else the first <h1>
    QString text;        // visible text: blocks on their own lines, no script or style
    QString description; // og:description or meta description
    QString postedAt;    // article:published_time, <time datetime>, or a date meta tag; as written
    QString location;    // geo.placename or og:locality, when given
    QString canonicalUrl;
    QStringList images; // img src and og:image, in page order
};

HtmlPage readHtmlPage(const QByteArray& html);

} // namespace threadline::ingest
