#include "ingest/ads/HtmlPage.h"

#include "ingest/ads/GumboArena.h"

namespace threadline::ingest {

namespace {

QString attribute(const GumboElement& element, const char* name) {
    const GumboAttribute* found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value).trimmed() : QString();
}

bool isBlock(GumboTag tag) {
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
        return true;
    default:
        return false;
    }
}

class PageWalker {
public:
    explicit PageWalker(HtmlPage& page)
        : m_page(page) {}

    void walk(const GumboNode* node) {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
            m_page.text += QString::fromUtf8(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
            return;
        if (node->type == GUMBO_NODE_ELEMENT && !visitElement(node->v.element))
            return;
        const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children
                                                                        : node->v.element.children;
        for (unsigned index = 0; index < children.length; ++index)
            walk(static_cast<const GumboNode*>(children.data[index]));
        if (node->type == GUMBO_NODE_ELEMENT && isBlock(node->v.element.tag))
            m_page.text += QLatin1Char('\n');
    }

private:
    // Reads what an element tells about the page; false when its content is not visible text.
    bool visitElement(const GumboElement& element) {
        switch (element.tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_NOSCRIPT:
            return false;
        case GUMBO_TAG_TITLE:
            if (element.children.length > 0 && m_title.isEmpty()) {
                const auto* text = static_cast<const GumboNode*>(element.children.data[0]);
                if (text->type == GUMBO_NODE_TEXT)
                    m_title = QString::fromUtf8(text->v.text.text).simplified();
            }
            return false;
        case GUMBO_TAG_META:
            readMeta(element);
            return false;
        case GUMBO_TAG_LINK:
            if (attribute(element, "rel") == QLatin1String("canonical"))
                m_page.canonicalUrl = attribute(element, "href");
            return false;
        case GUMBO_TAG_IMG:
            if (const QString source = attribute(element, "src"); !source.isEmpty())
                m_page.images << source;
            return false;
        case GUMBO_TAG_TIME:
            if (m_page.postedAt.isEmpty())
                m_page.postedAt = attribute(element, "datetime");
            return true;
        default:
            if (isBlock(element.tag))
                m_page.text += QLatin1Char('\n');
            return true;
        }
    }

    void readMeta(const GumboElement& element) {
        const QString key = (attribute(element, "property") + attribute(element, "name") +
                             attribute(element, "itemprop"))
                                .toLower();
        const QString content = attribute(element, "content");
        if (key == QLatin1String("og:title"))
            m_page.title = content;
        else if (key == QLatin1String("og:description") ||
                 (key == QLatin1String("description") && m_page.description.isEmpty()))
            m_page.description = content;
        else if (key == QLatin1String("article:published_time") ||
                 key == QLatin1String("datepublished") || key == QLatin1String("date") ||
                 key == QLatin1String("og:updated_time"))
            m_page.postedAt = content;
        else if (key == QLatin1String("geo.placename") || key == QLatin1String("og:locality"))
            m_page.location = content;
        else if (key == QLatin1String("og:image"))
            m_page.images << content;
        else if (key == QLatin1String("og:url") && m_page.canonicalUrl.isEmpty())
            m_page.canonicalUrl = content;
    }

public:
    const QString& titleElement() const { return m_title; }

private:
    HtmlPage& m_page;
    QString m_title; // <title>, used when no og:title is given
};

// Collapses runs of blank space while keeping one line per block.
QString tidy(const QString& text) {
    QStringList lines;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (const QString simple = line.simplified(); !simple.isEmpty())
            lines << simple;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

HtmlPage readHtmlPage(const QByteArray& html) {
    HtmlPage page;
    GumboArena arena; // holds the whole parse; nothing to destroy node by node
    const GumboOutput* output =
        gumbo_parse_with_options(&arena.options(), html.constData(), size_t(html.size()));
    PageWalker walker(page);
    walker.walk(output->document);
    page.text = tidy(page.text);
    if (page.title.isEmpty())
        page.title = walker.titleElement();
    if (page.title.isEmpty())
        page.title = page.text.section(QLatin1Char('\n'), 0, 0).left(120);
    return page;
}

} // namespace threadline::ingest
