#include "util/CompactJson.h"

#include <QJsonArray>
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

void appendEscaped(QByteArray& out, QStringView text) {
    const QByteArray utf8 = text.toUtf8();
    out += '"';
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

QByteArray compactJson(const QJsonObject& object) {
    QByteArray out;
    out.reserve(16 + object.size() * 24);
    appendObject(out, object);
    return out;
}

} // namespace threadline
