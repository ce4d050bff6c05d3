#pragma once

#include "extract/Match.h"

#include <QString>

namespace threadline::extract {

// E-mail addresses, also written to dodge filters: "name at gmail dot com", "name [at] mail
// [dot] com", "name(at)mail(dot)com". Values are lower-case.
Matches extractEmails(const QString& text);

// Every identifier extractor over one text, sorted by position; `region` is the default
// country for national phone numbers.
Matches extractAll(const QString& text, const QString& region);

} // namespace threadline::extract
