#pragma once

#include <QByteArray>
#include <QString>

namespace threadline::ingest {

struct DecodedText {
    QString text;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE" or "windows-1252"
};

// Decodes text of unknown encoding the way seized files come: a byte-order mark wins; then
// UTF-16 without a mark (recognised by its zero bytes); then valid UTF-8; else Windows-1252,
// the usual 8-bit encoding of Western office files.
DecodedText decodeText(const QByteArray& bytes);

// True when the bytes look like text in one of those encodings rather than binary data.
bool looksLikeText(const QByteArray& head);

} // namespace threadline::ingest
