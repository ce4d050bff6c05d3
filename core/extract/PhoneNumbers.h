#pragma once

#include <QHash>
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

// normalisePhone() with a memory: call records and phone exports name the same few numbers over
// and over, and libphonenumber's parse is the costliest step of importing them. One per import.
class PhoneNormaliser {
public:
    explicit PhoneNormaliser(QString region)
        : m_region(std::move(region)) {}
    std::optional<NormalisedPhone> operator()(const QString& written);

private:
    QString m_region;
    QHash<QString, std::optional<NormalisedPhone>> m_seen;
};

} // namespace threadline::extract
