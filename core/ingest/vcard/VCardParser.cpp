#include "ingest/vcard/VCardParser.h"

#include <QStringDecoder>

namespace threadline::ingest {

namespace {

struct LogicalLine {
    QString text;
    int line;
};

bool isQuotedPrintable(const QString& line) {
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    return colon > 0 &&
           line.left(colon).contains(QLatin1String("QUOTED-PRINTABLE"), Qt::CaseInsensitive);
}

// Joins folded lines (RFC 6350: a line starting with a space or tab continues the previous one)
// and vCard 2.1 quoted-printable soft breaks (a value ending in "=").
std::vector<LogicalLine> unfold(const QString& text) {
    std::vector<LogicalLine> lines;
    const QStringList physical = text.split(QLatin1Char('\n'));
    for (qsizetype index = 0; index < physical.size(); ++index) {
        QString line = physical[index];
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const bool folded = !lines.empty() && (line.startsWith(QLatin1Char(' ')) ||
                                               line.startsWith(QLatin1Char('\t')));
        const bool softBreak = !lines.empty() && isQuotedPrintable(lines.back().text) &&
                               lines.back().text.endsWith(QLatin1Char('='));
        if (softBreak) {
            lines.back().text.chop(1);
            lines.back().text += line.trimmed();
        } else if (folded) {
            lines.back().text += line.mid(1);
        } else if (!line.isEmpty()) {
            lines.push_back({line, int(index) + 1});
        }
    }
    return lines;
}

QByteArray decodeQuotedPrintable(const QString& value) {
    const QByteArray ascii = value.toLatin1();
    QByteArray bytes;
    for (qsizetype index = 0; index < ascii.size(); ++index) {
        bool ok = false;
        if (ascii[index] == '=' && index + 2 < ascii.size()) {
            const int decoded = ascii.mid(index + 1, 2).toInt(&ok, 16);
            if (ok) {
                bytes += char(decoded);
                index += 2;
                continue;
            }
        }
        bytes += ascii[index];
    }
    return bytes;
}

QString unescape(const QString& value) {
    QString text;
    for (qsizetype index = 0; index < value.size(); ++index) {
        if (value[index] == QLatin1Char('\\') && index + 1 < value.size()) {
            const QChar next = value[++index];
            text += (next == QLatin1Char('n') || next == QLatin1Char('N'))
                        ? QChar(QLatin1Char('\n'))
                        : next;
        } else {
            text += value[index];
        }
    }
    return text;
}

VCardProperty parseProperty(const LogicalLine& line) {
    VCardProperty property;
    property.line = line.line;
    const qsizetype colon = line.text.indexOf(QLatin1Char(':'));
    const QStringList head = line.text.left(colon).split(QLatin1Char(';'));
    QString raw = colon < 0 ? QString() : line.text.mid(colon + 1);
    QString name = head.front().toUpper();
    property.name = name.mid(name.lastIndexOf(QLatin1Char('.')) + 1); // drop "item1." groups
    for (qsizetype index = 1; index < head.size(); ++index) {
        const qsizetype equals = head[index].indexOf(QLatin1Char('='));
        const QString key =
            equals < 0 ? QStringLiteral("type") : head[index].left(equals).toLower();
        const QString values = equals < 0 ? head[index] : head[index].mid(equals + 1);
        for (const QString& value : values.split(QLatin1Char(',')))
            property.params.insert(key, value.toLower().remove(QLatin1Char('"')));
    }
    if (property.params.contains(QStringLiteral("encoding"), QStringLiteral("quoted-printable"))) {
        const QString charset =
            property.params.value(QStringLiteral("charset"), QStringLiteral("utf-8"));
        auto encoding = QStringConverter::encodingForName(charset.toLatin1().constData());
        QStringDecoder decoder(encoding.value_or(QStringConverter::Utf8));
        property.value = decoder.decode(decodeQuotedPrintable(raw));
    } else {
        property.value = unescape(raw);
    }
    return property;
}

} // namespace

QStringList VCard::values(const QString& name) const {
    QStringList found;
    for (const VCardProperty& property : properties)
        if (property.name == name)
            found << property.value;
    return found;
}

QString VCard::value(const QString& name) const {
    const QStringList found = values(name);
    return found.isEmpty() ? QString() : found.front();
}

std::vector<VCard> parseVCards(const QString& text, QStringList& warnings) {
    std::vector<VCard> cards;
    bool open = false;
    for (const LogicalLine& line : unfold(text)) {
        const QString upper = line.text.trimmed().toUpper();
        if (upper == QLatin1String("BEGIN:VCARD")) {
            if (open)
                warnings << QStringLiteral("line %1: card begun before the previous one ended")
                                .arg(line.line);
            cards.push_back({line.line, {}, {}});
            open = true;
        } else if (upper == QLatin1String("END:VCARD")) {
            open = false;
        } else if (open) {
            VCardProperty property = parseProperty(line);
            if (property.name == QLatin1String("VERSION"))
                cards.back().version = property.value;
            else
                cards.back().properties.push_back(std::move(property));
        }
    }
    if (open)
        warnings
            << QStringLiteral("line %1: the last card has no END:VCARD").arg(cards.back().line);
    return cards;
}

} // namespace threadline::ingest
