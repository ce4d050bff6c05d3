#pragma once

#include <QString>

#include <optional>

namespace threadline::extract {

// A phone number in E.164 form ("+16025550142"), as libphonenumber reads it.
struct NormalisedPhone {
    QString e164;
    bool valid = false; // false: the right length for the region but not an assigned range
};

// Normalises a number as written ("(602) 555-0142", "+44 20 7946 0958", "0491 570 156") using
// `region` (ISO 3166 alpha-2, e.g. "US") for numbers written without a country code. Returns
// nullopt when the text cannot be a phone number in that region.
std::optional<NormalisedPhone> normalisePhone(const QString& written, const QString& region);

} // namespace threadline::extract
