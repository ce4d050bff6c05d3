#include "TestSupport.h"
#include "ingest/text/TextDecoding.h"

using threadline::ingest::decodeText;
using threadline::ingest::looksLikeText;

TEST_CASE("text is decoded from the encodings seized files come in", "[ingest][text]") {
    const QString expected = QStringLiteral("Café € 5");
    struct Sample {
        const char* name;
        QByteArray bytes;
        const char* encoding;
    };
    const QByteArray utf16le = QByteArray("C\0a\0f\0\xE9\0 \0\xAC\x20 \0005\0", 16);
    const QByteArray utf16be = QByteArray("\0C\0a\0f\0\xE9\0 \x20\xAC\0 \0005", 16);
    const Sample samples[] = {
        {"UTF-8", "Caf\xC3\xA9 \xE2\x82\xAC 5", "UTF-8"},
        {"UTF-8 with BOM",
         "\xEF\xBB\xBF"
         "Caf\xC3\xA9 \xE2\x82\xAC 5",
         "UTF-8"},
        {"UTF-16LE with BOM", QByteArray("\xFF\xFE", 2) + utf16le, "UTF-16LE"},
        {"UTF-16LE without BOM", utf16le, "UTF-16LE"},
        {"UTF-16BE with BOM", QByteArray("\xFE\xFF", 2) + utf16be, "UTF-16BE"},
        {"Windows-1252", "Caf\xE9 \x80 5", "windows-1252"},
    };
    for (const Sample& sample : samples) {
        INFO(sample.name);
        const auto decoded = decodeText(sample.bytes);
        CHECK(decoded.text == expected);
        CHECK(decoded.encoding == QString::fromLatin1(sample.encoding));
        CHECK(looksLikeText(sample.bytes));
    }
}

TEST_CASE("binary data is not taken for text", "[ingest][text]") {
    CHECK_FALSE(looksLikeText(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)));
    CHECK_FALSE(looksLikeText(threadline::testing::patternBytes(4096, 9)));
    CHECK(looksLikeText("Plain words\nand lines\n"));
}
