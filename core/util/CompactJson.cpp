#include "util/CompactJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace threadline {

namespace {

void appendEscaped(QString& out, const QString& text) {
    out += u'"';
    for (QChar character : text) {
        const char16_t unit = character.unicode();
        switch (unit) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (unit < 0x20)
                out += QStringLiteral("\\u%1").arg(unsigned(unit), 4, 16, QLatin1Char('0'));
            else
                out += character;
        }
    }
    out += u'"';
}

void appendNumber(QString& out, double number) {
    // Whole numbers within the exactly representable range are written without a fraction,
    // as QJsonDocument does; anything else in the shortest form that reads back the same.
    constexpr double kExactLimit = 9007199254740992.0; // 2^53
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < kExactLimit)
        out += QString::number(qint64(number));
    else if (std::isfinite(number))
        out += QString::number(number, 'g', QLocale::FloatingPointShortest);
    else
        out += QLatin1String("null"); // JSON has no infinities or NaN
}

void appendValue(QString& out, const QJsonValue& value) {
    switch (value.type()) {
    case QJsonValue::String:
        appendEscaped(out, value.toString());
        break;
    case QJsonValue::Double:
        appendNumber(out, value.toDouble());
        break;
    case QJsonValue::Bool:
        out += value.toBool() ? QLatin1String("true") : QLatin1String("false");
        break;
    case QJsonValue::Object:
        out += QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Array:
        out += QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += QLatin1String("null");
        break;
    }
}

} // namespace

QString compactJson(const QJsonObject& object) {
    QString out;
    out.reserve(16 + object.size() * 24);
    out += u'{';
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it != object.constBegin())
            out += u',';
        appendEscaped(out, it.key());
        out += u':';
        appendValue(out, it.value());
    }
    out += u'}';
    return out;
}

} // namespace threadline
