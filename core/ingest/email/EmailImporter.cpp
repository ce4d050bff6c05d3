#include "ingest/email/EmailImporter.h"

#include "ingest/IdentifierEntities.h"
#include "ingest/email/GMimeLibrary.h"
#include "ingest/email/MessageReader.h"

#include <algorithm>
#include <array>
#include <gmime/gmime.h>

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

// GMime reads through a stream over our bytes; the stream does not copy them.
struct ParserHandle {
    explicit ParserHandle(const QByteArray& bytes, GMimeFormat format) {
        stream = g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size()));
        g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream), FALSE);
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

Result<ImportResult> EmailImporter::import(const QByteArray& bytes,
                                           const ImportContext& context) const {
    const bool mailbox = isMailbox(bytes);
    ParserHandle handle(bytes, mailbox ? GMIME_FORMAT_MBOX : GMIME_FORMAT_MESSAGE);
    ImportResult result;
    MessageReader reader(result);
    int index = 0;
    while (!g_mime_parser_eos(handle.parser)) {
        GMimeMessage* message = g_mime_parser_construct_message(handle.parser, nullptr);
        if (!message)
            break;
        ++index;
        const qint64 offset = mailbox ? g_mime_parser_get_mbox_marker_offset(handle.parser) : 0;
        reader.read(message, index, offset);
        g_object_unref(message);
        if (context.cancelled(double(g_mime_stream_tell(handle.stream)) /
                              double(std::max<qsizetype>(bytes.size(), 1))))
            return fail(ErrorCode::Cancelled, QStringLiteral("cancelled"), context.fileName);
        if (!mailbox)
            break;
    }
    if (index == 0)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("no e-mail message could be read (the file is empty or not in "
                                   "RFC 822 / mbox form)"),
                    context.fileName, QStringLiteral("byte 0"));
    // A phone number in a signature or a cash tag in the body is the same entity as anywhere
    // else in the case.
    addMentionedIdentifiers(result, context.region);
    return result;
}

} // namespace threadline::ingest
