#include "extract/PhoneNumbers.h"

#include <phonenumbers/phonenumberutil.h>

namespace threadline::extract {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

std::optional<NormalisedPhone> normalisePhone(const QString& written, const QString& region) {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const std::string regionCode = region.toUpper().toStdString();
    PhoneNumber number;
    if (util->Parse(written.toStdString(), regionCode, &number) !=
        PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    // Keep numbers that are only "possible": contact lists and fiction-reserved ranges hold
    // them, and an analyst must still see two mentions of the same one as one entity.
    // A number dialable only inside its local area has no E.164 form.
    if (util->IsPossibleNumberWithReason(number) != PhoneNumberUtil::IS_POSSIBLE)
        return std::nullopt;
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    // Most numbers belong to the region they are read in; checking it first spares
    // IsValidNumber's search through every region sharing the country code (25 share +1).
    const bool valid =
        util->IsValidNumberForRegion(number, regionCode) || util->IsValidNumber(number);
    return NormalisedPhone{QString::fromStdString(e164), valid};
}

std::optional<NormalisedPhone> PhoneNormaliser::operator()(const QString& written) {
    if (const auto found = m_seen.constFind(written); found != m_seen.constEnd())
        return *found;
    const auto normalised = normalisePhone(written, m_region);
    m_seen.insert(written, normalised);
    return normalised;
}

} // namespace threadline::extract
