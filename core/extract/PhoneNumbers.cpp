#include "extract/PhoneNumbers.h"

#include <algorithm>
#include <phonenumbers/phonenumberutil.h>

namespace threadline::extract {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

bool isAsciiDigit(QChar character) {
    return character >= QLatin1Char('0') && character <= QLatin1Char('9');
}

// A North American number written as bare digits ("6025550142", "16025550142", "+16025550142"
// with a NANP `region` or a plus) is read directly into `number`, as Parse would read it.
// Parse runs a dozen regular expressions to learn the same thing, and ad texts are full of such
// digit runs. Anything else (other countries, punctuation, a leading 0 or 1 in the area code)
// goes through Parse.
bool readNorthAmerican(const QString& written, bool northAmericanRegion, PhoneNumber& number) {
    const bool plus = written.startsWith(QLatin1Char('+'));
    const QStringView digits = QStringView(written).mid(plus ? 1 : 0);
    if (!std::all_of(digits.begin(), digits.end(), isAsciiDigit))
        return false;
    QStringView national;
    if (digits.size() == 11 && digits[0] == QLatin1Char('1') && (plus || northAmericanRegion))
        national = digits.mid(1);
    else if (digits.size() == 10 && !plus && northAmericanRegion)
        national = digits;
    if (national.isEmpty() || national[0] < QLatin1Char('2'))
        return false;
    number.set_country_code(1);
    number.set_national_number(national.toULongLong());
    return true;
}

} // namespace

std::optional<NormalisedPhone> normalisePhone(const QString& written, const QString& region) {
    const PhoneNumberUtil* util = PhoneNumberUtil::GetInstance();
    const std::string regionCode = region.toUpper().toStdString();
    PhoneNumber number;
    if (!readNorthAmerican(written, util->GetCountryCodeForRegion(regionCode) == 1, number) &&
        util->Parse(written.toStdString(), regionCode, &number) !=
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
