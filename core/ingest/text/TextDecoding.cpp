#include "ingest/text/TextDecoding.h"

#include <QStringDecoder>

#include <iconv.h>

namespace threadline::ingest {

namespace {

enum class Utf16 { None, LittleEndian, BigEndian };

// UTF-16 text in Latin scripts has a zero in every other byte; binary data rarely does.
Utf16 guessUtf16(const QByteArray& bytes) {
    const qsizetype pairs = std::min<qsizetype>(bytes.size(), 4096) / 2;
    if (pairs < 2)
        return Utf16::None;
    qsizetype zeroEven = 0, zeroOdd = 0;
    for (qsizetype pair = 0; pair < pairs; ++pair) {
        zeroEven += bytes[2 * pair] == 0;
        zeroOdd += bytes[2 * pair + 1] == 0;
    }
    if (zeroOdd > pairs * 4 / 10 && zeroEven * 20 <= pairs)
        return Utf16::LittleEndian;
    if (zeroEven > pairs * 4 / 10 && zeroOdd * 20 <= pairs)
        return Utf16::BigEndian;
    return Utf16::None;
}

QString decodeWith(QStringConverter::Encoding encoding, const QByteArray& bytes) {
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

bool isValidUtf8(const QByteArray& bytes) {
    // Not stateless: a stateless decoder forgets the errors it met.
    QStringDecoder decoder(QStringConverter::Utf8);
    const QString decoded = decoder.decode(bytes); // decode() is lazy until converted
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

// Qt 6 decodes only Unicode and Latin-1 itself; glibc's iconv knows Windows-1252.
QString decodeWindows1252(const QByteArray& bytes) {
    iconv_t converter = iconv_open("UTF-8", "WINDOWS-1252");
    if (converter == iconv_t(-1))
        return QString::fromLatin1(bytes);
    QByteArray output(bytes.size() * 3 + 4, Qt::Uninitialized);
    char* in = const_cast<char*>(bytes.constData());
    char* out = output.data();
    size_t inLeft = size_t(bytes.size());
    size_t outLeft = size_t(output.size());
    while (inLeft > 0 && iconv(converter, &in, &inLeft, &out, &outLeft) == size_t(-1)) {
        // The five bytes Windows-1252 leaves undefined: keep them visible as U+FFFD.
        ++in;
        --inLeft;
        const char replacement[] = "\xEF\xBF\xBD";
        std::copy(replacement, replacement + 3, out);
        out += 3;
        outLeft -= 3;
    }
    iconv_close(converter);
    return QString::fromUtf8(output.constData(), out - output.constData());
}

} // namespace

DecodedText decodeText(const QByteArray& bytes) {
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {decodeWith(QStringConverter::Utf8, bytes.mid(3)), QStringLiteral("UTF-8")};
    if (bytes.startsWith("\xFF\xFE"))
        return {decodeWith(QStringConverter::Utf16LE, bytes.mid(2)), QStringLiteral("UTF-16LE")};
    if (bytes.startsWith("\xFE\xFF"))
        return {decodeWith(QStringConverter::Utf16BE, bytes.mid(2)), QStringLiteral("UTF-16BE")};
    switch (guessUtf16(bytes)) {
    case Utf16::LittleEndian:
        return {decodeWith(QStringConverter::Utf16LE, bytes), QStringLiteral("UTF-16LE")};
    case Utf16::BigEndian:
        return {decodeWith(QStringConverter::Utf16BE, bytes), QStringLiteral("UTF-16BE")};
    case Utf16::None:
        break;
    }
    if (isValidUtf8(bytes))
        return {QString::fromUtf8(bytes), QStringLiteral("UTF-8")};
    return {decodeWindows1252(bytes), QStringLiteral("windows-1252")};
}

bool looksLikeText(const QByteArray& head) {
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF") ||
        guessUtf16(head) != Utf16::None)
        return true;
    qsizetype control = 0;
    for (char byte : head) {
        const auto value = static_cast<unsigned char>(byte);
        if (value == 0)
            return false;
        control += value < 0x20 && value != '\n' && value != '\r' && value != '\t' && value != '\f';
    }
    return control * 100 <= head.size(); // at most 1 % stray control bytes
}

} // namespace threadline::ingest
