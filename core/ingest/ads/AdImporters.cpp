#include "ingest/ads/AdImporters.h"

#include "ingest/ads/AdBuilder.h"
#include "ingest/ads/AdJsonReader.h"
#include "ingest/ads/HtmlPage.h"
#include "util/InOrder.h"

#include <QUrl>

#include <optional>

namespace threadline::ingest {

namespace {

QString hostOf(const QString& url) {
    return QUrl(url).host();
}

} // namespace

int HtmlAdImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    const QByteArray lower = head.left(4096).toLower();
    const bool html = lower.contains("<html") || lower.contains("<!doctype html") ||
                      context.fileName.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
                      context.fileName.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive);
    return html && !lower.contains("pa.cellebrite.com") ? 70 : 0;
}

Result<ImportResult> HtmlAdImporter::import(const QByteArray& bytes,
                                            const ImportContext& context) const {
    const HtmlPage page = readHtmlPage(bytes);
    if (page.text.isEmpty() && page.title.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the page has no readable text"),
                    context.fileName);
    ImportResult result;
    AdRecord ad{page.canonicalUrl,
                hostOf(page.canonicalUrl),
                page.title,
                page.description.isEmpty() || page.text.contains(page.description)
                    ? page.text
                    : page.description + QLatin1Char('\n') + page.text,
                page.postedAt,
                page.location,
                page.images,
                {}};
    extract::TextExtractor extractor(context.region);
    AdBuilder(context, extractor, result).add(ad);
    return result;
}

int JsonLinesAdImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    const QString lower = context.fileName.toLower();
    if (lower.endsWith(QLatin1String(".jsonl")) || lower.endsWith(QLatin1String(".ndjson")))
        return 85;
    // The first two lines, without splitting the whole head (every file of a folder is asked).
    const QByteArray start = head.trimmed();
    const qsizetype firstEnd = start.indexOf('\n');
    if (firstEnd < 0)
        return 0;
    const qsizetype secondEnd = start.indexOf('\n', firstEnd + 1);
    const QByteArrayView first = QByteArrayView(start).first(firstEnd).trimmed();
    const QByteArrayView second =
        QByteArrayView(start)
            .sliced(firstEnd + 1, (secondEnd < 0 ? start.size() : secondEnd) - firstEnd - 1)
            .trimmed();
    return first.startsWith('{') && second.startsWith('{') ? 60 : 0;
}

namespace {

// Lines are read in parts of this many, on every core, and each part is written into the case
// while the next ones are read.
constexpr std::size_t kLinesPerPart = 1000;
// A dump read in parts (ImportJob: over the limit for one file, or big) is read this many bytes
// of whole lines at a time (or a quarter of the limit for one file, when lower).
constexpr qint64 kLinesPartBytes = 64 << 20;

// Where each line of `bytes` starts; one past the end closes the last.
std::vector<qsizetype> lineStarts(const QByteArray& bytes) {
    std::vector<qsizetype> starts{0};
    for (qsizetype at = bytes.indexOf('\n'); at >= 0; at = bytes.indexOf('\n', at + 1))
        starts.push_back(at + 1);
    if (starts.back() < bytes.size())
        starts.push_back(bytes.size() + 1);
    return starts;
}

// What one part of the lines held.
struct LinePart {
    ImportResult result;
    int read = 0;
};

// Reads lines [first, last) (0-based; line N of the file is N + 1) without copying them.
// What each worker keeps from part to part: its JSON parser, and its extractor, which remembers
// the numbers it has read.
struct LineReader {
    AdJsonReader json;
    extract::TextExtractor extractor;
};

LinePart readAds(const QByteArray& bytes, const std::vector<qsizetype>& starts, std::size_t first,
                 std::size_t last, int linesBefore, const ImportContext& context,
                 LineReader& reader) {
    LinePart part;
    AdBuilder ads(context, reader.extractor, part.result);
    for (std::size_t index = first; index < last; ++index) {
        const int line = linesBefore + int(index + 1);
        const qsizetype begin = starts[index];
        const QByteArrayView row(bytes.constData() + begin, starts[index + 1] - 1 - begin);
        if (row.trimmed().isEmpty())
            continue;
        if (row.size() > kMaxAdLineBytes) {
            part.result.warnings << QStringLiteral("line %1: %2 bytes, longer than any scraped ad "
                                                   "(%3 at most); skipped, kept in the original")
                                        .arg(line)
                                        .arg(row.size())
                                        .arg(kMaxAdLineBytes);
            continue;
        }
        auto ad = reader.json.read(row.data(), row.size(), line);
        if (!ad) {
            part.result.warnings << QStringLiteral("line %1: not a JSON object (%2); skipped")
                                        .arg(line)
                                        .arg(ad.error());
            continue;
        }
        ads.add(*ad);
        ++part.read;
    }
    return part;
}

// Each ad stands alone, so parts of the lines are read on every core. With a part writer (an
// import job) each part goes into the case as soon as it is ready, in file order; without one,
// the parts are put together into `whole`. Progress (over `from`..`to` of the file) and cancelling
// stay on the calling thread. `bytes` are whole lines, the first of them line linesBefore + 1.
// Returns how many ads were read.
Result<int> importLines(const QByteArray& bytes, int linesBefore, double from, double to,
                        const ImportContext& context, ImportResult& whole) {
    const std::vector<qsizetype> starts = lineStarts(bytes);
    const std::size_t lines = starts.size() - 1;
    const std::size_t parts = (lines + kLinesPerPart - 1) / kLinesPerPart;
    std::vector<LineReader> readers;
    for (std::size_t worker = 0; worker < coreCount(); ++worker)
        readers.push_back({AdJsonReader(), extract::TextExtractor(context.region)});

    int read = 0;
    std::size_t partsDone = 0;
    std::optional<Error> failure;
    makeInOrder<LinePart>(
        parts, 2 * coreCount() + 2,
        [&](std::size_t index, std::size_t worker) {
            return readAds(bytes, starts, index * kLinesPerPart,
                           std::min(lines, (index + 1) * kLinesPerPart), linesBefore, context,
                           readers[worker]);
        },
        [&](LinePart&& part) {
            read += part.read;
            // Warnings and embedded images (child files) are the import's, not the part's.
            whole.warnings << std::exchange(part.result.warnings, {});
            auto handed = context.handOverChildren(part.result.children, whole.children);
            if (!handed) {
                failure = handed.error();
                return false;
            }
            if (!context.writePart) {
                whole.append(std::move(part.result));
            } else if (auto written = context.writePart(std::move(part.result)); !written) {
                failure = written.error();
                return false;
            }
            const double done = double(++partsDone) / double(parts);
            if (context.cancelled(from + (to - from) * done)) {
                failure = fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName)
                              .error();
                return false;
            }
            return true;
        });
    if (failure)
        return std::unexpected(*failure);
    return read;
}

Error noAd(const ImportContext& context) {
    return Error{ErrorCode::InvalidArgument, QStringLiteral("no line holds a JSON object"),
                 context.fileName, QStringLiteral("line 1")};
}

} // namespace

Result<ImportResult> JsonLinesAdImporter::import(const QByteArray& bytes,
                                                 const ImportContext& context) const {
    ImportResult whole;
    auto read = importLines(bytes, 0, 0, 1, context, whole);
    if (!read)
        return std::unexpected(read.error());
    if (*read == 0)
        return std::unexpected(noAd(context));
    return whole;
}

bool JsonLinesAdImporter::readsInParts(const QByteArray& head) const {
    return head.trimmed().startsWith('{');
}

// A scraper's dump of any size, a part of whole lines at a time. A line longer than any ad is
// passed over as it is read, never held.
Result<ImportResult> JsonLinesAdImporter::importInParts(QIODevice& device,
                                                        const ImportContext& context) const {
    const qint64 partBytes = std::min<qint64>(kLinesPartBytes, context.limits.maxBytes / 4 + 1);
    const double total = double(std::max<qint64>(device.size(), 1));
    ImportResult whole; // warnings, and what is not written as it is read
    int read = 0;
    int linesBefore = 0;
    qint64 bytesBefore = 0;
    qint64 skipping = -1; // bytes of an over-long line passed over so far, or -1
    QByteArray pending;
    for (bool end = false; !end;) {
        pending += device.read(partBytes);
        end = device.atEnd();
        qsizetype cut = end ? pending.size() : pending.lastIndexOf('\n') + 1;
        if (skipping >= 0) {
            const qsizetype lineEnd = pending.indexOf('\n');
            skipping += lineEnd < 0 ? pending.size() : lineEnd; // the line break not counted
            if (lineEnd < 0 && !end) {
                pending.clear();
                continue;
            }
            whole.warnings << QStringLiteral("line %1: %2 bytes, longer than any scraped ad (%3 "
                                             "at most); skipped, kept in the original")
                                  .arg(linesBefore + 1)
                                  .arg(skipping)
                                  .arg(kMaxAdLineBytes);
            ++linesBefore;
            bytesBefore += skipping + 1;
            pending.remove(0, lineEnd < 0 ? pending.size() : lineEnd + 1);
            skipping = -1;
            cut = end ? pending.size() : pending.lastIndexOf('\n') + 1;
        }
        if (cut == 0) {
            if (pending.size() > kMaxAdLineBytes) {
                skipping = pending.size();
                pending.clear();
            }
            continue;
        }
        const QByteArray lines = pending.left(cut);
        pending.remove(0, cut);
        auto added = importLines(lines, linesBefore, double(bytesBefore) / total,
                                 double(bytesBefore + cut) / total, context, whole);
        if (!added)
            return std::unexpected(added.error());
        read += *added;
        linesBefore += int(lines.count('\n'));
        bytesBefore += cut;
    }
    if (read == 0)
        return std::unexpected(noAd(context));
    return whole;
}

} // namespace threadline::ingest
