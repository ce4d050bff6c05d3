#include "util/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace threadline {

namespace {

void appendValue(QByteArray& out, const QJsonValue& value);

// What JSON needs written for a byte of UTF-8 text, or nullptr when the byte stands as it is.
// Bytes of multi-byte characters are all >= 0x80 and never need escaping.
const char* escapeFor(unsigned char byte) {
    switch (byte) {
    case '"':
        return "\\\"";
    case '\\':
        return "\\\\";
    case '\n':
        return "\\n";
    case '\r':
        return "\\r";
    case '\t':
        return "\\t";
    case '\b':
        return "\\b";
    case '\f':
        return "\\f";
    default:
        return nullptr;
    }
}

// Appends UTF-8 text as JSON string content (without the quotes).
void appendEscapedUtf8(QByteArray& out, const QByteArray& utf8) {
    qsizetype plainFrom = 0; // runs that need no escape are appended whole
    for (qsizetype index = 0; index < utf8.size(); ++index) {
        const auto byte = static_cast<unsigned char>(utf8[index]);
        const char* escape = escapeFor(byte);
        if (!escape && byte >= 0x20)
            continue;
        out.append(utf8.constData() + plainFrom, index - plainFrom);
        plainFrom = index + 1;
        if (escape) {
            out += escape;
            continue;
        }
        constexpr char kHex[] = "0123456789abcdef";
        const char unicode[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 0xf]};
        out.append(unicode, sizeof unicode);
    }
    out.append(utf8.constData() + plainFrom, utf8.size() - plainFrom);
}

// Appends a JSON string. ASCII, which nearly all of an ad's fields are, is written as it is read;
// from the first other character on, the rest goes through UTF-8.
void appendEscaped(QByteArray& out, QStringView text) {
    out += '"';
    for (qsizetype index = 0; index < text.size(); ++index) {
        const char16_t unit = text[index].unicode();
        if (unit >= 0x80) {
            appendEscapedUtf8(out, text.mid(index).toUtf8());
            break;
        }
        if (unit >= 0x20 && unit != '"' && unit != '\\')
            out += char(unit);
        else
            appendEscapedUtf8(out, QByteArray(1, char(unit)));
    }
    out += '"';
}

// Keys are short ASCII literals and go in as they are.
void appendEscaped(QByteArray& out, QLatin1String text) {
    for (const char c : text)
        if (uchar(c) >= 0x80 || escapeFor(uchar(c)) || uchar(c) < 0x20)
            return appendEscaped(out, QStringView(QString(text)));
    out += '"';
    out.append(text.data(), text.size());
    out += '"';
}

void appendNumber(QByteArray& out, double number) {
    // Whole numbers within the exactly representable range are written without a fraction,
    // as QJsonDocument does; anything else in the shortest form that reads back the same.
    constexpr double kExactLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < kExactLimit)
        out += QByteArray::number(qint64(number));
    else if (std::isfinite(number))
        out += QByteArray::number(number, 'g', QLocale::FloatingPointShortest);
    else
        out += "null"; // JSON has no infinities or NaN
}

void appendObject(QByteArray& out, const QJsonObject& object) {
    out += '{';
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it != object.constBegin())
            out += ',';
        appendEscaped(out, it.key());
        out += ':';
        appendValue(out, it.value());
    }
    out += '}';
}

void appendArray(QByteArray& out, const QJsonArray& array) {
    out += '[';
    for (qsizetype index = 0; index < array.size(); ++index) {
        if (index > 0)
            out += ',';
        appendValue(out, array.at(index));
    }
    out += ']';
}

void appendValue(QByteArray& out, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        appendEscaped(out, value.toString());
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        break;
    case QJsonValue::Object:
        appendObject(out, value.toObject());
        break;
    case QJsonValue::Array:
        appendArray(out, value.toArray());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += "null";
        break;
    }
}

} // namespace

// Byte for byte what QJsonDocument::toJson(Compact) writes, without building a document first.
JsonText::JsonText(const QJsonObject& object) {
    if (object.isEmpty())
        return;
    m_text.reserve(16 + object.size() * 24);
    appendObject(m_text, object);
}

void JsonText::openField(QLatin1String key) {
    if (m_text.isEmpty()) {
        m_text.reserve(96); // most locators and properties fit
        m_text += '{';
        appendKey(key);
        return;
    }
    const qsizetype fieldStart = m_text.size(); // where the separator goes
    m_text.back() = ',';
    appendKey(key);
    // A quote followed by a colon closes a key, never a string value (its quotes are escaped):
    // a match is this key here or in a nested object. Either way the slow, exact way is taken.
    const QByteArrayView quotedKey(m_text.constData() + fieldStart, m_text.size() - fieldStart);
    if (QByteArrayView(m_text.constData(), fieldStart).contains(quotedKey)) {
        m_text.truncate(fieldStart);
        m_text.back() = '}';
        QJsonObject object = toObject();
        object.remove(key);
        *this = JsonText(object);
        if (m_text.isEmpty())
            m_text += '{';
        else
            m_text.back() = ',';
        appendKey(key);
    }
}

void JsonText::appendKey(QLatin1String key) {
    appendEscaped(m_text, key);
    m_text += ':';
}

template <typename WriteValue> JsonText& JsonText::field(QLatin1String key, WriteValue writeValue) {
    openField(key);
    writeValue(m_text);
    m_text += '}';
    return *this;
}

JsonText& JsonText::insert(QLatin1String key, const QString& value) {
    return field(key, [&](QByteArray& out) { appendEscaped(out, value); });
}

JsonText& JsonText::insert(QLatin1String key, qint64 value) {
    return field(key, [&](QByteArray& out) { out += QByteArray::number(value); });
}

JsonText& JsonText::insert(QLatin1String key, double value) {
    return field(key, [&](QByteArray& out) { appendNumber(out, value); });
}

JsonText& JsonText::insert(QLatin1String key, bool value) {
    return field(key, [&](QByteArray& out) { out += value ? "true" : "false"; });
}

JsonText& JsonText::insert(QLatin1String key, const QStringList& values) {
    return field(key, [&](QByteArray& out) {
        out += '[';
        for (qsizetype index = 0; index < values.size(); ++index) {
            if (index > 0)
                out += ',';
            appendEscaped(out, values[index]);
        }
        out += ']';
    });
}

JsonText& JsonText::insert(QLatin1String key, std::initializer_list<qint64> numbers) {
    return field(key, [&](QByteArray& out) {
        out += '[';
        for (const qint64 number : numbers) {
            if (out.back() != '[')
                out += ',';
            out += QByteArray::number(number);
        }
        out += ']';
    });
}

JsonText& JsonText::insert(QLatin1String key, const QJsonValue& value) {
    return field(key, [&](QByteArray& out) { appendValue(out, value); });
}

QByteArray JsonText::utf8() const {
    return m_text.isEmpty() ? QByteArrayLiteral("{}") : m_text;
}

QJsonObject JsonText::toObject() const {
    return m_text.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m_text).object();
}

} // namespace threadline
