#pragma once

#include <QStringView>

#include <cstdint>

namespace threadline {

// A word's 64-bit hash, case-folded on the fly (FNV-1a over UTF-16 units), so words can be
// compared and looked up by hash without making a lower-case copy of every one.
inline std::uint64_t foldedWordHash(QStringView word) {
    std::uint64_t hash = 0xcbf29ce484222325ULL;
    for (const QChar character : word) {
        const char16_t unit = character.unicode();
        const char16_t lower = unit < 0x80 ? char16_t(unit >= 'A' && unit <= 'Z' ? unit + 32 : unit)
                                           : character.toLower().unicode();
        hash = (hash ^ lower) * 0x100000001b3ULL;
    }
    return hash;
}

} // namespace threadline
