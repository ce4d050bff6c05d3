#pragma once

#include <QString>

namespace threadline::extract {

// The country an ad says it is in, from the cities and countries it names ("London",
// "Sydney", "CDMX"), as an ISO 3166 code; empty when it names none or several. A London ad's
// "07..." number is British whatever the case's default region.
QString regionNamedIn(const QString& text);

} // namespace threadline::extract
