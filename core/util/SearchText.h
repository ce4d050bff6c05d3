#pragma once

#include <QString>

namespace threadline {

// The form of a text that the full-text index stores and queries use: Arabic vowel marks
// (harakat) and tatweel removed, which SQLite's unicode61 tokenizer does not fold, so that
// "حَبيبي" and "حبيبي" match. Latin diacritics are folded by the tokenizer itself.
QString searchableText(const QString& text);

} // namespace threadline
