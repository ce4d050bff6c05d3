#include "util/Sha256.h"

#include <QCryptographicHash>

#include <catch2/catch.hpp>

#include <random>

using threadline::Sha256;

TEST_CASE("SHA-256 gives the published digests", "[util][hash]") {
    Sha256 empty;
    CHECK(empty.hexResult() ==
          QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
    Sha256 abc;
    abc.addData("abc");
    CHECK(abc.hexResult() ==
          QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

TEST_CASE("SHA-256 fed in pieces equals Qt's over the whole", "[util][hash]") {
    std::mt19937 random(7);
    QByteArray bytes(3'000'001, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(random());
    Sha256 pieces;
    for (qsizetype at = 0; at < bytes.size(); at += 65'537)
        pieces.addData(
            QByteArrayView(bytes.constData() + at, std::min<qsizetype>(65'537, bytes.size() - at)));
    CHECK(pieces.hexResult() ==
          QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}
