#include "evidence/EvidenceRendering.h"

#include "media/PdfPageImage.h"
#include "model/Locator.h"
#include "store/CaseStore.h"
#include "store/FactStore.h"
#include "tables/CaseTableSpecs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace threadline::ui {

namespace {

constexpr std::int64_t kLargestOriginalShown = std::int64_t(512) << 20;
constexpr qsizetype kTextShown = 60000; // characters around the first mark
constexpr int kMostTermMarks = 500;
constexpr int kPhotoHeight = 160;
constexpr int kPhotosShown = 6;

const QColor kMarkFill(255, 213, 0, 110);
const QColor kMarkEdge(214, 96, 0);

QString tr(const char* text) {
    return QCoreApplication::translate("EvidenceViewer", text);
}

struct Span {
    qsizetype start = 0;
    qsizetype end = 0;
};

struct WordBox {
    qsizetype start = 0;
    qsizetype length = 0;
    QRectF box; // points for a PDF page, pixels for a photo
};

QJsonObject objectOf(const QString& json) {
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// The characters an assertion names: "chars":[a,b] or "span":{"start":a,"end":b}.
std::optional<Span> charsOf(const QJsonObject& locator) {
    const QJsonArray chars = locator.value(QLatin1String("chars")).toArray();
    if (chars.size() == 2)
        return Span{chars[0].toInteger(), chars[1].toInteger()};
    const QJsonObject span = locator.value(QLatin1String("span")).toObject();
    if (span.contains(QLatin1String("start")))
        return Span{span.value(QLatin1String("start")).toInteger(),
                    span.value(QLatin1String("end")).toInteger()};
    return std::nullopt;
}

// Where the quote is in the text, when the assertion named no characters (a table row, a
// header): its first occurrence, whatever the case.
std::vector<Span> spansOfQuote(const QString& text, const QString& quote) {
    if (quote.trimmed().isEmpty())
        return {};
    const qsizetype at = text.indexOf(quote.trimmed(), 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    return {Span{at, at + quote.trimmed().size()}};
}

std::vector<Span> spansOfTerms(const QString& text, const QStringList& terms) {
    std::vector<Span> spans;
    for (const QString& term : terms) {
        if (term.size() < 2)
            continue;
        for (qsizetype at = text.indexOf(term, 0, Qt::CaseInsensitive);
             at >= 0 && int(spans.size()) < kMostTermMarks;
             at = text.indexOf(term, at + term.size(), Qt::CaseInsensitive))
            spans.push_back({at, at + term.size()});
    }
    std::sort(spans.begin(), spans.end(), [](Span a, Span b) { return a.start < b.start; });
    return spans;
}

QString digitsOf(QStringView text) {
    QString digits;
    for (QChar character : text)
        if (character.isDigit())
            digits += character;
    return digits;
}

// The cell of a table row (or the field of a record) that holds `value`: the value itself,
// or a cell whose digits end it, as a phone is written in a call table ("(318) 555-0114" for
// +13185550114).
std::optional<Span> cellHolding(const QString& text, const QString& value) {
    if (value.isEmpty())
        return std::nullopt;
    if (const qsizetype at = text.indexOf(value, 0, Qt::CaseInsensitive); at >= 0)
        return Span{at, at + value.size()};
    const QString wanted = digitsOf(value);
    if (wanted.size() < 7)
        return std::nullopt;
    static const QRegularExpression cells(QStringLiteral("[^,;\t\n|]+"));
    for (auto match = cells.globalMatch(text); match.hasNext();) {
        const QRegularExpressionMatch cell = match.next();
        const QString digits = digitsOf(cell.capturedView());
        if (digits.size() >= 7 && wanted.endsWith(digits)) {
            const QString captured = cell.captured();
            qsizetype lead = 0; // the cell without the spaces around it
            while (lead < captured.size() && captured[lead].isSpace())
                ++lead;
            const qsizetype start = cell.capturedStart() + lead;
            return Span{start, start + captured.trimmed().size()};
        }
    }
    return std::nullopt;
}

// What to mark: the characters the assertion names; else, in a row or record quoted whole,
// the cell holding the entity or identifier; else the quote.
std::vector<Span> spansOf(const Evidence& evidence, const QString& text) {
    if (const auto chars = charsOf(objectOf(evidence.locatorJson)))
        return {*chars};
    if (const auto cell = cellHolding(text, evidence.subjectText))
        return {*cell};
    return spansOfQuote(text, evidence.quote);
}

// [[start, length, x, y, width, height], ...]: the word boxes a page or photo keeps.
std::vector<WordBox> wordBoxes(const QJsonObject& locator) {
    std::vector<WordBox> words;
    for (const QJsonValue& value : locator.value(QLatin1String("words")).toArray()) {
        const QJsonArray word = value.toArray();
        if (word.size() == 6)
            words.push_back({word[0].toInteger(), word[1].toInteger(),
                             QRectF(word[2].toDouble(), word[3].toDouble(), word[4].toDouble(),
                                    word[5].toDouble())});
    }
    return words;
}

bool overlaps(const WordBox& word, const std::vector<Span>& spans) {
    return std::any_of(spans.begin(), spans.end(), [&](Span span) {
        return word.start < span.end && span.start < word.start + word.length;
    });
}

// Paints a mark over every word box in the spans; `scale` takes the boxes to image pixels.
EvidenceSight markedPicture(QImage image, double scale, const std::vector<WordBox>& words,
                            const std::vector<Span>& spans) {
    EvidenceSight sight;
    sight.shows = EvidenceSight::Shows::Picture;
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(kMarkEdge, 2));
    painter.setBrush(kMarkFill);
    for (const WordBox& word : words) {
        if (!overlaps(word, spans))
            continue;
        const QRectF box(word.box.x() * scale - 2, word.box.y() * scale - 2,
                         word.box.width() * scale + 4, word.box.height() * scale + 4);
        painter.drawRoundedRect(box, 3, 3);
        sight.marked = sight.marked.isNull() ? box : sight.marked.united(box);
        ++sight.marks;
    }
    painter.end();
    sight.picture = std::move(image);
    return sight;
}

// The text with its spans marked, as HTML; a long text is cut to a window around the first.
EvidenceSight markedText(const StoredDocument& document, const std::vector<Span>& spans) {
    EvidenceSight sight;
    sight.shows = EvidenceSight::Shows::Text;
    const QString& text = document.text;
    qsizetype from = 0;
    if (text.size() > kTextShown && !spans.empty())
        from = std::clamp<qsizetype>(spans.front().start - kTextShown / 2, 0,
                                     text.size() - kTextShown);
    const qsizetype to = std::min(text.size(), from + kTextShown);
    QString body;
    qsizetype at = from;
    for (const Span& span : spans) {
        const qsizetype start = std::clamp(span.start, at, to);
        const qsizetype end = std::clamp(span.end, start, to);
        if (end <= start)
            continue;
        body += text.mid(at, start - at).toHtmlEscaped();
        body += QStringLiteral("<a name='mark%1'></a><span style='background:#ffd54f; "
                               "color:#000'>%2</span>")
                    .arg(sight.marks++)
                    .arg(text.mid(start, end - start).toHtmlEscaped());
        at = end;
    }
    body += text.mid(at, to - at).toHtmlEscaped();
    QString html;
    if (!document.title.isEmpty())
        html += QStringLiteral("<h3 style='margin-bottom:4px'>%1</h3>")
                    .arg(document.title.toHtmlEscaped());
    // When it happened, in the analyst's time, and where an ad was seen.
    QStringList about;
    if (!document.occurredAt.isEmpty())
        about << displayTime(document.occurredAt).toHtmlEscaped();
    const QString url = objectOf(document.locatorJson).value(QLatin1String("url")).toString();
    if (!url.isEmpty())
        about << url.toHtmlEscaped();
    if (!about.isEmpty())
        html += QStringLiteral("<p style='color:#5b6770; margin-top:0'>%1</p>")
                    .arg(about.join(QStringLiteral(" · ")));
    if (from > 0 || to < text.size())
        html += QStringLiteral("<p style='color:#5b6770'>%1</p>")
                    .arg(tr("Characters %1–%2 of %3 shown.").arg(from).arg(to).arg(text.size()));
    html += QStringLiteral("<pre style='white-space:pre-wrap; font-family:sans-serif'>%1</pre>")
                .arg(body);
    sight.html = html;
    return sight;
}

EvidenceSight note(const QString& text) {
    EvidenceSight sight;
    sight.html = QStringLiteral("<p style='color:#5b6770'>%1</p>").arg(text.toHtmlEscaped());
    return sight;
}

Result<EvidenceSight> seePdfPage(store::CaseStore& store, const StoredDocument& document,
                                 const Source& source, const std::vector<Span>& spans, int width) {
    auto bytes = store.original(source.id, kLargestOriginalShown);
    if (!bytes)
        return std::unexpected(bytes.error());
    const QJsonObject locator = objectOf(document.locatorJson);
    auto page = media::renderPdfPage(*bytes, source.sha256, source.name,
                                     locator.value(QLatin1String("page")).toInt(1), width);
    if (!page)
        return std::unexpected(page.error());
    return markedPicture(std::move(page->image), page->pixelsPerPoint, wordBoxes(locator), spans);
}

Result<EvidenceSight> seePhoto(store::CaseStore& store, const Source& source,
                               const QString& locatorJson, const std::vector<Span>& spans,
                               int width) {
    auto bytes = store.original(source.id, kLargestOriginalShown);
    if (!bytes)
        return std::unexpected(bytes.error());
    QImage image = QImage::fromData(*bytes);
    if (image.isNull())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot be drawn as a picture"),
                    source.name);
    const double scale = std::min(1.0, double(width) / image.width());
    if (scale < 1)
        image = image.scaledToWidth(width, Qt::SmoothTransformation);
    image = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    return markedPicture(std::move(image), scale, wordBoxes(objectOf(locatorJson)), spans);
}

// An ad's photos, stored as files found in the dump or page that held the ad, small.
Result<void> addAdPhotos(store::CaseStore& store, const StoredDocument& document,
                         EvidenceSight& sight) {
    const QString url = objectOf(document.locatorJson).value(QLatin1String("url")).toString();
    if (url.isEmpty())
        return {};
    auto photos = store.facts().sourcesFoundIn(document.source, url + QStringLiteral(" image "),
                                               kPhotosShown);
    if (!photos)
        return std::unexpected(photos.error());
    QString strip;
    for (SourceId photo : *photos) {
        auto bytes = store.original(photo, kLargestOriginalShown);
        if (!bytes)
            return std::unexpected(bytes.error());
        const QImage image = QImage::fromData(*bytes);
        if (image.isNull())
            continue;
        strip += QStringLiteral("<img src='photo:%1'> ").arg(sight.photos.size());
        sight.photos.push_back(image.scaledToHeight(kPhotoHeight, Qt::SmoothTransformation));
    }
    if (!strip.isEmpty()) // under the title and time, above the text
        sight.html.replace(QStringLiteral("<pre"), QStringLiteral("<p>%1</p><pre").arg(strip));
    return {};
}

// A chat message among the others of its chat, the message itself marked.
Result<EvidenceSight> seeChatMessage(store::CaseStore& store, const StoredDocument& message,
                                     const std::vector<Span>& spans) {
    auto thread = store.facts().chatThread(message.id);
    if (!thread)
        return std::unexpected(thread.error());
    EvidenceSight sight = markedText(message, spans);
    if (thread->size() < 2)
        return sight;
    QString html = QStringLiteral("<h3 style='margin-bottom:4px'>%1</h3><p style='color:#5b6770; "
                                  "margin-top:0'>%2</p><table cellspacing='0' cellpadding='3'>")
                       .arg(message.title.toHtmlEscaped(),
                            countOf(std::int64_t(thread->size()), tr("message in this chat"),
                                    tr("messages in this chat")));
    for (const StoredDocument& other : *thread) {
        const bool current = other.id == message.id;
        QString body = other.text.toHtmlEscaped();
        if (current) // the marked text of the message itself, as markedText made it
            body = QStringLiteral("<a name='mark0'></a><b>%1</b>")
                       .arg(spans.empty() ? body
                                          : QStringLiteral("<span style='background:#ffd54f; "
                                                           "color:#000'>%1</span>")
                                                .arg(body));
        const QString sender = objectOf(other.locatorJson).value(QLatin1String("from")).toString();
        html +=
            QStringLiteral("<tr%1><td style='color:#5b6770; white-space:nowrap'>%2</td>"
                           "<td style='white-space:nowrap'><b>%3</b></td><td>%4</td></tr>")
                .arg(current ? QStringLiteral(" style='background:#fff6d5'") : QString(),
                     displayTime(other.occurredAt).toHtmlEscaped(), sender.toHtmlEscaped(), body);
    }
    sight.html = html + QStringLiteral("</table>");
    sight.marks = std::max(sight.marks, 1);
    return sight;
}

Result<EvidenceSight> seeStored(store::CaseStore& store, const StoredDocument& document,
                                const std::vector<Span>& spans, int width) {
    auto source = store.source(document.source);
    if (!source)
        return std::unexpected(source.error());
    Result<EvidenceSight> sight = markedText(document, spans);
    if (document.kind == QLatin1String("page") || document.kind == QLatin1String("ocr-page"))
        sight = seePdfPage(store, document, *source, spans, width);
    else if (document.kind == QLatin1String("ocr-image"))
        sight = seePhoto(store, *source, document.locatorJson, spans, width);
    else if (document.kind == QLatin1String("chat-message"))
        sight = seeChatMessage(store, document, spans);
    else if (document.kind == QLatin1String("ad"))
        if (auto added = addAdPhotos(store, document, *sight); !added)
            return std::unexpected(added.error());
    if (sight) {
        sight->document = document.id;
        sight->source = document.source;
    }
    return sight;
}

} // namespace

Result<EvidenceSight> seeEvidence(store::CaseStore& store, const Evidence& evidence, int width) {
    Result<EvidenceSight> sight = note({});
    if (!evidence.source.isValid()) {
        sight = note(tr("Asserted by %1%2, not read from a file.")
                         .arg(evidence.assertedBy, evidence.reason.isEmpty()
                                                       ? QString()
                                                       : tr(" because “%1”").arg(evidence.reason)));
    } else if (evidence.document.isValid()) {
        auto document = store.facts().document(evidence.document);
        if (!document)
            return std::unexpected(document.error());
        sight = seeStored(store, *document, spansOf(evidence, document->text), width);
    } else if (auto source = store.source(evidence.source);
               source && source->mediaType.startsWith(QLatin1String("image/"))) {
        sight = seePhoto(store, *source, evidence.locatorJson, {}, width);
    } else {
        sight = note(tr("The evidence is the file %1 as a whole: no place inside it was "
                        "recorded.")
                         .arg(evidence.sourceName));
    }
    if (!sight) // the original cannot be shown: say why, and keep stepping
        sight = note(sight.error().toString());
    sight->place = describeLocator(evidence.locatorJson);
    return sight;
}

Result<EvidenceSight> seeDocument(store::CaseStore& store, DocumentId document,
                                  const QStringList& terms, int width) {
    auto stored = store.facts().document(document);
    if (!stored)
        return std::unexpected(stored.error());
    auto sight = seeStored(store, *stored, spansOfTerms(stored->text, terms), width);
    if (sight)
        sight->place = describeLocator(stored->locatorJson);
    return sight;
}

} // namespace threadline::ui
