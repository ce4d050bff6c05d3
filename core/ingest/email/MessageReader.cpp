#include "ingest/email/MessageReader.h"

#include <QDateTime>
#include <QTextDocumentFragment>

#include <gmime/gmime.h>

namespace threadline::ingest {

namespace {

struct AddressHeader {
    GMimeAddressType type;
    const char* name;
    const char* role;
};

constexpr AddressHeader kHeaders[] = {{GMIME_ADDRESS_TYPE_FROM, "From", "from"},
                                      {GMIME_ADDRESS_TYPE_TO, "To", "to"},
                                      {GMIME_ADDRESS_TYPE_CC, "Cc", "cc"},
                                      {GMIME_ADDRESS_TYPE_BCC, "Bcc", "bcc"}};

QString takeString(char* text) {
    const QString result = QString::fromUtf8(text);
    g_free(text);
    return result;
}

QString utcDate(GMimeMessage* message) {
    GDateTime* date = g_mime_message_get_date(message);
    if (!date)
        return {};
    const QDateTime time = QDateTime::fromSecsSinceEpoch(g_date_time_to_unix(date), Qt::UTC);
    return time.toString(Qt::ISODate);
}

QByteArray streamBytes(GMimeStream* stream) {
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return QByteArray(reinterpret_cast<const char*>(array->data), qsizetype(array->len));
}

QByteArray partContent(GMimePart* part) {
    GMimeStream* stream = g_mime_stream_mem_new();
    if (GMimeDataWrapper* content = g_mime_part_get_content(part))
        g_mime_data_wrapper_write_to_stream(content, stream);
    const QByteArray bytes = streamBytes(stream);
    g_object_unref(stream);
    return bytes;
}

QByteArray objectBytes(GMimeObject* object) {
    GMimeStream* stream = g_mime_stream_mem_new();
    g_mime_object_write_to_stream(object, nullptr, stream);
    const QByteArray bytes = streamBytes(stream);
    g_object_unref(stream);
    return bytes;
}

bool isAttachment(GMimeObject* part) {
    if (GMimeContentDisposition* disposition = g_mime_object_get_content_disposition(part))
        if (g_mime_content_disposition_is_attachment(disposition))
            return true;
    return GMIME_IS_PART(part) && g_mime_part_get_filename(GMIME_PART(part)) != nullptr;
}

// Collects bodies and attachments of one message while GMime walks its parts.
struct PartWalk {
    QString plain;
    QString html;
    std::vector<ChildFile> children;
    int messageIndex = 0;
};

void visitPart(GMimeObject*, GMimeObject* part, gpointer data) {
    auto* walk = static_cast<PartWalk*>(data);
    const int attachment = int(walk->children.size()) + 1;
    if (GMIME_IS_MESSAGE_PART(part)) {
        GMimeMessage* inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(part));
        if (inner)
            walk->children.push_back({QStringLiteral("attached-message-%1.eml").arg(attachment),
                                      objectBytes(GMIME_OBJECT(inner)),
                                      QJsonObject{{QStringLiteral("message"), walk->messageIndex},
                                                  {QStringLiteral("attachment"), attachment}}});
        return;
    }
    if (!GMIME_IS_PART(part))
        return; // multiparts: GMime visits their children itself
    if (isAttachment(part)) {
        const char* filename = g_mime_part_get_filename(GMIME_PART(part));
        const QString name = filename ? QString::fromUtf8(filename)
                                      : QStringLiteral("attachment-%1.bin").arg(attachment);
        walk->children.push_back({name, partContent(GMIME_PART(part)),
                                  QJsonObject{{QStringLiteral("message"), walk->messageIndex},
                                              {QStringLiteral("attachment"), attachment}}});
        return;
    }
    if (!GMIME_IS_TEXT_PART(part))
        return;
    const QString text = takeString(g_mime_text_part_get_text(GMIME_TEXT_PART(part)));
    GMimeContentType* type = g_mime_object_get_content_type(part);
    QString& target = g_mime_content_type_is_type(type, "text", "html") ? walk->html : walk->plain;
    target += text;
}

// "Name <address>, address": a header's addresses as the document shows them.
QString writtenList(const std::vector<HeaderAddress>& addresses) {
    QStringList written;
    for (const HeaderAddress& address : addresses)
        written << (address.name.isEmpty()
                        ? address.address
                        : QStringLiteral("%1 <%2>").arg(address.name, address.address));
    return written.join(QStringLiteral(", "));
}

} // namespace

int MessageReader::addressEntity(const HeaderAddress& address, int document,
                                 const QString& header) {
    const Evidence evidence{document, QJsonObject{{QStringLiteral("header"), header}},
                            address.name.isEmpty()
                                ? address.address
                                : QStringLiteral("%1 <%2>").arg(address.name, address.address),
                            1.0};
    int entity = m_addressEntities.value(address.address, -1);
    if (entity < 0) {
        entity = m_result.addEntity({QStringLiteral("EmailAddress"),
                                     address.address,
                                     {},
                                     {{QStringLiteral("email"), address.address}},
                                     evidence});
        m_addressEntities.insert(address.address, entity);
        // The person behind an address is known by the name they send under; one person per
        // address until an analyst merges them.
        if (!address.name.isEmpty() && address.name.toLower() != address.address) {
            const int person =
                m_result.addEntity({QStringLiteral("Person"),
                                    address.name,
                                    {},
                                    {{QStringLiteral("email-owner"), address.address}},
                                    evidence});
            m_result.links.push_back(
                {QStringLiteral("uses"), person, entity, true, 1, {}, evidence});
        }
    }
    return entity;
}

void MessageReader::read(GMimeMessage* message, int index, qint64 offset) {
    const QString subject = QString::fromUtf8(g_mime_message_get_subject(message));
    const QString date = utcDate(message);
    QString body;
    readParts(message, index, body);

    ExtractedDocument document;
    document.kind = QStringLiteral("email");
    document.title = subject;
    document.occurredAt = date;
    document.locator = QJsonObject{
        {QStringLiteral("message"), index},
        {QStringLiteral("offset"), offset},
        {QStringLiteral("message_id"), QString::fromUtf8(g_mime_message_get_message_id(message))}};
    QString headers;
    std::vector<std::vector<HeaderAddress>> addressesOf; // per kHeaders entry
    for (const AddressHeader& header : kHeaders) {
        addressesOf.push_back(headerAddresses(message, header.name));
        if (!addressesOf.back().empty())
            headers += QStringLiteral("%1: %2\n")
                           .arg(QLatin1String(header.name), writtenList(addressesOf.back()));
    }
    document.text = headers + QStringLiteral("Subject: ") + subject + QStringLiteral("\n\n") + body;
    const int documentIndex = m_result.addDocument(std::move(document));
    if (date.isEmpty())
        m_result.warnings << QStringLiteral("message %1: no readable Date header").arg(index);

    ExtractedEvent event;
    event.type = QStringLiteral("email");
    event.occurredAt = date;
    event.summary = subject;
    event.evidence = {documentIndex, QJsonObject{{QStringLiteral("message"), index}}, subject, 1.0};
    std::vector<int> senders;
    for (std::size_t which = 0; which < std::size(kHeaders); ++which) {
        const AddressHeader& header = kHeaders[which];
        for (const HeaderAddress& address : addressesOf[which]) {
            const int entity = addressEntity(address, documentIndex, QLatin1String(header.name));
            event.participants.push_back({entity, QLatin1String(header.role)});
            if (header.type == GMIME_ADDRESS_TYPE_FROM) {
                senders.push_back(entity);
                continue;
            }
            for (int sender : senders) {
                if (event.link < 0)
                    event.link = int(m_result.links.size());
                m_result.links.push_back(
                    {QStringLiteral("e-mailed"),
                     sender,
                     entity,
                     true,
                     1,
                     QJsonObject{{QStringLiteral("field"), QLatin1String(header.role)},
                                 {QStringLiteral("subject"), subject},
                                 {QStringLiteral("date"), date}},
                     {documentIndex,
                      QJsonObject{{QStringLiteral("header"), QLatin1String(header.name)}},
                      address.address, 1.0}});
            }
        }
    }
    if (!date.isEmpty())
        m_result.events.push_back(std::move(event));
}

void MessageReader::readParts(GMimeMessage* message, int index, QString& body) {
    PartWalk walk;
    walk.messageIndex = index;
    g_mime_message_foreach(message, visitPart, &walk);
    body = !walk.plain.isEmpty() ? walk.plain
                                 : QTextDocumentFragment::fromHtml(walk.html).toPlainText();
    for (ChildFile& child : walk.children)
        m_result.children.push_back(std::move(child));
}

} // namespace threadline::ingest
