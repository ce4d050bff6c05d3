#include "ingest/email/EmailImporter.h"

#include "ingest/IdentifierEntities.h"
#include "ingest/email/GMimeLibrary.h"
#include "ingest/email/MessageReader.h"

#include <algorithm>
#include <array>
#include <gmime/gmime.h>
#include <iterator>
#include <utility>

namespace threadline::ingest {

namespace {

bool isMailbox(const QByteArray& head) {
    return head.startsWith("From ");
}

// Whether `line` starts with a header field name (printable ASCII but the colon) and a colon.
bool startsWithFieldName(QByteArrayView line) {
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    return std::all_of(line.begin(), line.begin() + colon,
                       [](char c) { return c >= '!' && c <= '~' && c != ':'; });
}

// An RFC 822 message starts with header fields; most carry at least two of these. Read line by
// line, without regular expressions: every small file of a folder is asked.
bool looksLikeMessage(const QByteArray& head) {
    static const std::array<QByteArrayView, 8> commonFields = {
        "from:",       "to:",       "date:",        "subject:",
        "message-id:", "received:", "return-path:", "mime-version:"};
    const qsizetype blank = head.indexOf("\n\n");
    const QByteArrayView headers = QByteArrayView(head).first(blank < 0 ? head.size() : blank);
    bool anyField = false;
    int common = 0;
    for (qsizetype start = 0; start < headers.size();) {
        qsizetype end = headers.indexOf('\n', start);
        if (end < 0)
            end = headers.size();
        const QByteArrayView line = headers.sliced(start, end - start);
        anyField = anyField || startsWithFieldName(line);
        for (QByteArrayView field : commonFields)
            if (line.size() >= field.size() &&
                line.first(field.size()).compare(field, Qt::CaseInsensitive) == 0)
                ++common;
        start = end + 1;
    }
    return anyField && common >= 2;
}

// GMime reads through a memory stream holding a copy of our bytes, which the stream owns and
// frees with itself. (It was told it did not own them, believing it read ours in place: every
// message imported leaked a copy of its file, a 2 GB mailbox 2 GB.)
struct ParserHandle {
    explicit ParserHandle(const QByteArray& bytes, GMimeFormat format) {
        stream = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
        parser = g_mime_parser_new_with_stream(stream);
        g_mime_parser_set_format(parser, format);
    }
    ~ParserHandle() {
        g_object_unref(parser);
        g_object_unref(stream);
    }
    GMimeStream* stream;
    GMimeParser* parser;
};

} // namespace

EmailImporter::EmailImporter() {
    initialiseGMime();
}

int EmailImporter::fitness(const QByteArray& head, const ImportContext& context) const {
    if (isMailbox(head))
        return 90;
    if (looksLikeMessage(head))
        return context.fileName.endsWith(QLatin1String(".eml"), Qt::CaseInsensitive) ? 90 : 70;
    return 0;
}

namespace {

// Where a mailbox's messages are numbered and placed: after the messages and bytes of the
// parts before (zero for a whole file).
struct MailboxPlace {
    int messagesBefore = 0;
    qint64 bytesBefore = 0;
};

// Reads the messages in `bytes` into `result`; returns how many, or a cancelled error. The
// progress told runs from `progressFrom` to `progressTo` over these bytes.
Result<int> readMessages(const QByteArray& bytes, bool mailbox, MailboxPlace place,
                         ImportResult& result, const ImportContext& context,
                         double progressFrom = 0, double progressTo = 1) {
    ParserHandle handle(bytes, mailbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    MessageReader reader(result);
    int read = 0;
    while (!g_mime_parser_eos(handle.parser)) {
        GMimeMessage* message = g_mime_parser_construct_message(handle.parser, nullptr);
        if (!message)
            break;
        ++read;
        const qint64 offset = mailbox ? g_mime_parser_get_mbox_marker_offset(handle.parser) : 0;
        reader.read(message, place.messagesBefore + read, place.bytesBefore + offset);
        g_object_unref(message);
        const double done = double(g_mime_stream_tell(handle.stream)) /
                            double(std::max<qsizetype>(bytes.size(), 1));
        if (context.cancelled(progressFrom + (progressTo - progressFrom) * done))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
        if (!mailbox)
            break;
    }
    // A phone number in a signature or a cash tag in the body is the same entity as anywhere
    // else in the case.
    addMentionedIdentifiers(result, context.region);
    return read;
}

Error noMessage(const ImportContext& context) {
    return Error{ErrorCode::InvalidArgument,
                 QStringLiteral("no e-mail message could be read (the file is empty or not in "
                                "RFC 822 / mbox form)"),
                 context.fileName, QStringLiteral("byte 0")};
}

// A mailbox is read this much at a time, cut after the last whole message.
constexpr qint64 kMailboxPartBytes = 32 << 20;

// Where the last message that starts in `bytes` after its first begins ("\nFrom " lines), or
// -1 when only one starts.
qsizetype lastMessageStart(const QByteArray& bytes) {
    const qsizetype newline = bytes.lastIndexOf("\nFrom ");
    return newline > 0 ? newline + 1 : -1;
}

} // namespace

Result<ImportResult> EmailImporter::import(const QByteArray& bytes,
                                           const ImportContext& context) const {
    ImportResult result;
    auto read = readMessages(bytes, isMailbox(bytes), {}, result, context);
    if (!read)
        return std::unexpected(read.error());
    if (*read == 0)
        return std::unexpected(noMessage(context));
    return result;
}

bool EmailImporter::readsInParts(const QByteArray& head) const {
    return isMailbox(head);
}

// Each part is whole messages: what follows the last message start read so far waits for the
// next read. A single message longer than the limit for one file is refused.
Result<ImportResult> EmailImporter::importInParts(QIODevice& device,
                                                  const ImportContext& context) const {
    const double total = double(std::max<qint64>(device.size(), 1));
    MailboxPlace place;
    QByteArray pending;
    ImportResult left; // warnings, and attachments when the job does not store them as read
    // A part is at most a quarter of what one file may be whole (tests set a small limit).
    const qint64 partBytes = std::min<qint64>(kMailboxPartBytes, context.limits.maxBytes / 4 + 1);
    for (bool end = false; !end;) {
        pending += device.read(partBytes);
        end = device.atEnd();
        const qsizetype cut = end ? pending.size() : lastMessageStart(pending);
        if (cut < 0) {
            if (pending.size() > context.limits.maxBytes)
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("message %1 is longer than %2 bytes; not read")
                                .arg(place.messagesBefore + 1)
                                .arg(context.limits.maxBytes),
                            context.fileName, QStringLiteral("byte %1").arg(place.bytesBefore));
            continue;
        }
        const QByteArray messages = pending.left(cut);
        pending.remove(0, cut);
        ImportResult part;
        const double from = double(place.bytesBefore) / total;
        auto read = readMessages(messages, true, place, part, context, from,
                                 from + double(messages.size()) / total);
        if (!read)
            return std::unexpected(read.error());
        place.messagesBefore += *read;
        place.bytesBefore += messages.size();
        if (auto handed = context.handOverChildren(part.children, left.children); !handed)
            return std::unexpected(handed.error());
        left.warnings << std::exchange(part.warnings, {});
        if (auto written = context.writePart(std::move(part)); !written)
            return std::unexpected(written.error());
    }
    if (place.messagesBefore == 0)
        return std::unexpected(noMessage(context));
    return left;
}

} // namespace threadline::ingest
