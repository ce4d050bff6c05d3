#pragma once

#include <QByteArray>

#include <random>

namespace threadline::testing {

// Deterministic pseudo-random bytes, so failures reproduce.
inline QByteArray patternBytes(qsizetype size, unsigned seed) {
    std::mt19937 generator(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& byte : bytes)
        byte = char(generator() & 0xff);
    return bytes;
}

} // namespace threadline::testing
