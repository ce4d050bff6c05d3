#include "extract/Extractors.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <array>
#include <cstring>
#include <optional>

namespace threadline::extract {

namespace {

constexpr char kBase58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

std::optional<QByteArray> decodeBase58(const QString& text) {
    QByteArray bytes; // big-endian, grown as digits are multiplied in
    for (QChar character : text) {
        const char* found = std::strchr(kBase58, character.toLatin1());
        if (!found || character.unicode() > 127)
            return std::nullopt;
        int carry = int(found - kBase58);
        for (qsizetype index = bytes.size() - 1; index >= 0; --index) {
            carry += 58 * static_cast<unsigned char>(bytes[index]);
            bytes[index] = char(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.prepend(char(carry & 0xff));
            carry >>= 8;
        }
    }
    for (QChar character : text) { // leading '1's are leading zero bytes
        if (character != QLatin1Char('1'))
            break;
        bytes.prepend('\0');
    }
    return bytes;
}

bool base58CheckValid(const QString& address) {
    const auto bytes = decodeBase58(address);
    if (!bytes || bytes->size() != 25)
        return false;
    const QByteArray payload = bytes->left(21);
    const QByteArray hash = QCryptographicHash::hash(
        QCryptographicHash::hash(payload, QCryptographicHash::Sha256), QCryptographicHash::Sha256);
    return hash.left(4) == bytes->right(4);
}

// BIP 173 / BIP 350: the checksum polymod is 1 for bech32 and 0x2bc830a3 for bech32m.
bool bech32Valid(const QString& address) {
    const QString lower = address.toLower();
    const qsizetype separator = lower.lastIndexOf(QLatin1Char('1'));
    if (separator < 1 || separator + 7 > lower.size())
        return false;
    static const QString charset = QStringLiteral("qpzry9x8gf2tvdw0s3jn54khce6mua7l");
    std::vector<int> values;
    for (QChar character : lower.left(separator))
        values.push_back(character.unicode() >> 5);
    values.push_back(0);
    for (QChar character : lower.left(separator))
        values.push_back(character.unicode() & 31);
    for (QChar character : lower.mid(separator + 1)) {
        const qsizetype value = charset.indexOf(character);
        if (value < 0)
            return false;
        values.push_back(int(value));
    }
    std::uint32_t check = 1;
    for (int value : values) {
        const std::uint32_t top = check >> 25;
        check = ((check & 0x1ffffff) << 5) ^ std::uint32_t(value);
        for (int bit = 0; bit < 5; ++bit)
            if ((top >> bit) & 1)
                check ^= std::array<std::uint32_t, 5>{0x3b6a57b2, 0x26508e6d, 0x1ea119fa,
                                                      0x3d4233dd, 0x2a1462b3}[bit];
    }
    return check == 1 || check == 0x2bc830a3;
}

} // namespace

Matches extractCrypto(const QString& text) {
    Matches matches;
    static const QRegularExpression legacy(
        QStringLiteral(R"((?<![A-Za-z0-9])[13][1-9A-HJ-NP-Za-km-z]{25,34}(?![A-Za-z0-9]))"));
    for (auto it = legacy.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (base58CheckValid(match.captured()))
            matches.push_back({QStringLiteral("btc"), match.captured(), match.capturedStart(),
                               match.capturedEnd(), 0.99});
    }
    static const QRegularExpression segwit(QStringLiteral(
        R"((?<![A-Za-z0-9])(bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{11,71}(?![A-Za-z0-9]))"));
    for (auto it = segwit.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        if (bech32Valid(match.captured()))
            matches.push_back({QStringLiteral("btc"), match.captured().toLower(),
                               match.capturedStart(), match.capturedEnd(), 0.99});
    }
    static const QRegularExpression ethereum(
        QStringLiteral(R"((?<![A-Za-z0-9])0x[0-9a-fA-F]{40}(?![0-9a-fA-F]))"));
    for (auto it = ethereum.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        matches.push_back({QStringLiteral("eth"), match.captured().toLower(), match.capturedStart(),
                           match.capturedEnd(), 0.95});
    }
    return matches;
}

} // namespace threadline::extract
