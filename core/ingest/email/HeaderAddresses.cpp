#include "ingest/email/HeaderAddresses.h"

#include "ingest/email/GMimeLibrary.h"

#include <QList>

#include <algorithm>
#include <functional>
#include <gmime/gmime.h>

namespace threadline::ingest {

namespace {

// The mailboxes of a list GMime parsed, groups opened; false when it could not parse it.
bool parsedByGMime(const QByteArray& value, std::vector<HeaderAddress>& into) {
    InternetAddressList* list = internet_address_list_parse(nullptr, value.constData());
    if (!list)
        return false;
    std::function<void(InternetAddressList*)> walk = [&](InternetAddressList* addresses) {
        for (int index = 0; addresses && index < internet_address_list_length(addresses); ++index) {
            InternetAddress* address = internet_address_list_get_address(addresses, index);
            if (INTERNET_ADDRESS_IS_GROUP(address)) {
                walk(internet_address_group_get_members(INTERNET_ADDRESS_GROUP(address)));
                continue;
            }
            const QString addr = QString::fromUtf8(internet_address_mailbox_get_addr(
                                                       INTERNET_ADDRESS_MAILBOX(address)))
                                     .trimmed()
                                     .toLower();
            if (!addr.isEmpty())
                into.push_back(
                    {QString::fromUtf8(internet_address_get_name(address)).trimmed(), addr});
        }
    };
    walk(list);
    g_object_unref(list);
    return true;
}

// The addresses of a list split at the commas that separate them: not those inside quotes,
// angle brackets or comments.
QList<QByteArray> splitAddresses(const QByteArray& value) {
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    int angle = 0, comment = 0;
    for (qsizetype at = 0; at < value.size(); ++at) {
        const char c = value[at];
        if (quoted && c == '\\' && at + 1 < value.size()) {
            current += c;
            current += value[++at];
            continue;
        }
        if (c == '"' && comment == 0)
            quoted = !quoted;
        else if (!quoted && c == '(')
            ++comment;
        else if (!quoted && c == ')' && comment > 0)
            --comment;
        else if (!quoted && comment == 0 && c == '<')
            ++angle;
        else if (!quoted && comment == 0 && c == '>' && angle > 0)
            --angle;
        else if (!quoted && comment == 0 && angle == 0 && c == ',') {
            parts << current;
            current.clear();
            continue;
        }
        current += c;
    }
    parts << current;
    return parts;
}

QString withoutComments(const QString& text) {
    QString kept;
    int depth = 0;
    for (const QChar c : text) {
        if (c == u'(')
            ++depth;
        else if (c == u')' && depth > 0)
            --depth;
        else if (depth == 0)
            kept += c;
    }
    return kept;
}

// One address GMime refused: the text in its angle brackets, or the whole, without comments
// and quotes; its display name is what stands before the bracket.
HeaderAddress readLeniently(const QByteArray& element) {
    char* decoded = g_mime_utils_header_decode_text(nullptr, element.constData());
    const QString text = withoutComments(QString::fromUtf8(decoded)).trimmed();
    g_free(decoded);
    const qsizetype open = text.lastIndexOf(u'<');
    const qsizetype close = text.indexOf(u'>', open);
    if (open >= 0 && close > open) {
        QString name = text.left(open).trimmed();
        if (name.size() >= 2 && name.startsWith(u'"') && name.endsWith(u'"'))
            name = name.mid(1, name.size() - 2);
        return {name, text.mid(open + 1, close - open - 1).trimmed().toLower()};
    }
    QString address = text;
    address.remove(u'"');
    return {{}, address.trimmed().toLower()};
}

} // namespace

std::vector<HeaderAddress> readAddressList(const QByteArray& value) {
    initialiseGMime();
    const QList<QByteArray> elements = splitAddresses(value);
    const auto written =
        std::count_if(elements.begin(), elements.end(),
                      [](const QByteArray& element) { return element.contains('@'); });
    std::vector<HeaderAddress> found;
    // GMime's reading, when it kept every address written (groups hold several per element).
    if (parsedByGMime(value, found) && qsizetype(found.size()) >= written)
        return found;
    found.clear();
    for (const QByteArray& element : elements) {
        if (element.trimmed().isEmpty())
            continue;
        std::vector<HeaderAddress> one;
        if (!parsedByGMime(element, one) || one.empty())
            one = {readLeniently(element)};
        for (HeaderAddress& address : one)
            if (!address.address.isEmpty())
                found.push_back(std::move(address));
    }
    return found;
}

std::vector<HeaderAddress> headerAddresses(GMimeMessage* message, const char* header) {
    std::vector<HeaderAddress> found;
    GMimeHeaderList* headers = g_mime_object_get_header_list(GMIME_OBJECT(message));
    for (int index = 0; headers && index < g_mime_header_list_get_count(headers); ++index) {
        GMimeHeader* line = g_mime_header_list_get_header_at(headers, index);
        if (g_ascii_strcasecmp(g_mime_header_get_name(line), header) != 0)
            continue;
        const char* raw = g_mime_header_get_raw_value(line);
        for (HeaderAddress& address : readAddressList(QByteArray(raw ? raw : "")))
            found.push_back(std::move(address));
    }
    return found;
}

} // namespace threadline::ingest
