#include "scenario/Fiction.h"

#include "extract/PhoneNumbers.h"

#include <numeric>

namespace threadline::scenario {

namespace {

constexpr const char* kGivenNames[] = {
    "Amara",  "Wei",      "Lucía", "Olena",    "Thanh",  "Fatima", "Daniela", "Ioana",
    "Grace",  "Mei",      "Ana",   "Svetlana", "Aisha",  "Camila", "Nadia",   "Joy",
    "Marcus", "Dmitri",   "Jamal", "Carlos",   "Tomasz", "Kwame",  "Hassan",  "Luis",
    "Viktor", "Andrés",   "Ravi",  "Emeka",    "Bogdan", "Tyrone", "Minh",    "Rashid",
    "Elena",  "Precious", "Xiu",   "Valeria",  "Oksana", "Linh",   "Zainab",  "Mariana",
};

constexpr const char* kFamilyNames[] = {
    "Okafor",  "Chen",   "Fernández", "Kovalenko", "Nguyen",     "Haddad", "Morales", "Popescu",
    "Mensah",  "Zhang",  "Silva",     "Ivanova",   "Bello",      "Rojas",  "Karimi",  "Adeyemi",
    "Johnson", "Petrov", "Williams",  "Mendoza",   "Nowak",      "Asante", "Rahman",  "Ortiz",
    "Horvath", "Castro", "Sharma",    "Eze",       "Lungu",      "Brown",  "Tran",    "Qureshi",
    "Garcia",  "Moyo",   "Liu",       "Herrera",   "Shevchenko", "Pham",   "Yusuf",   "Lopes",
};

constexpr const char* kWorkingNames[] = {
    "Candy",   "Mia",   "Lola",   "Jade",  "Rosa",      "Nina",   "Luna",  "Bella",
    "Kiki",    "Sasha", "Vicky",  "Daisy", "Amber",     "Coco",   "Ruby",  "Zara",
    "Layla",   "Tasha", "Gigi",   "Maya",  "Honey",     "Roxy",   "Skye",  "Angel",
    "Diamond", "Star",  "Cherry", "Lexi",  "Nova",      "Bianca", "Paris", "Jasmine",
    "Aaliyah", "Kim",   "Yuki",   "Mimi",  "Valentina", "Sofia",  "Ivy",   "Raven",
};

constexpr City kCities[] = {
    {"Phoenix", "AZ"},     {"Mesa", "AZ"},         {"Tucson", "AZ"},         {"Las Vegas", "NV"},
    {"Los Angeles", "CA"}, {"San Diego", "CA"},    {"San Jose", "CA"},       {"Sacramento", "CA"},
    {"Houston", "TX"},     {"Dallas", "TX"},       {"Austin", "TX"},         {"San Antonio", "TX"},
    {"Miami", "FL"},       {"Orlando", "FL"},      {"Tampa", "FL"},          {"Atlanta", "GA"},
    {"Charlotte", "NC"},   {"Nashville", "TN"},    {"Chicago", "IL"},        {"Detroit", "MI"},
    {"Columbus", "OH"},    {"Indianapolis", "IN"}, {"Minneapolis", "MN"},    {"Denver", "CO"},
    {"Seattle", "WA"},     {"Portland", "OR"},     {"Salt Lake City", "UT"}, {"Albuquerque", "NM"},
    {"New York", "NY"},    {"Newark", "NJ"},       {"Philadelphia", "PA"},   {"Baltimore", "MD"},
    {"Boston", "MA"},      {"New Orleans", "LA"},  {"Oklahoma City", "OK"},  {"Kansas City", "MO"},
};

constexpr const char* kAdSites[] = {
    "nightlist.example", "cityvibes.example", "sugarboard.example",
    "velvetads.example", "datelocal.example", "jobsabroad.example",
};

} // namespace

std::span<const char* const> givenNames() {
    return kGivenNames;
}
std::span<const char* const> familyNames() {
    return kFamilyNames;
}
std::span<const char* const> workingNames() {
    return kWorkingNames;
}
std::span<const City> cities() {
    return kCities;
}
std::span<const char* const> adSites() {
    return kAdSites;
}

std::span<const QString> FictionPhones::all() {
    static const std::vector<QString> numbers = [] {
        std::vector<QString> valid;
        for (int areaCode = 201; areaCode <= 989; ++areaCode) {
            const QString prefix = QString::number(areaCode) + QStringLiteral("55501");
            const auto phone =
                extract::normalisePhone(prefix + QStringLiteral("00"), QStringLiteral("US"));
            if (!phone || !phone->valid)
                continue;
            for (int line = 0; line < 100; ++line)
                valid.push_back(prefix + QString::number(line).rightJustified(2, QLatin1Char('0')));
        }
        return valid;
    }();
    return numbers;
}

FictionPhones::FictionPhones(Random& random) {
    m_order.resize(all().size());
    std::iota(m_order.begin(), m_order.end(), std::size_t(0));
    random.shuffle(m_order);
}

QString FictionPhones::next() {
    // A huge case outnumbers the fiction ranges; then numbers come round again.
    return all()[m_order[m_dealt++ % m_order.size()]];
}

QString personName(Random& random) {
    return QString::fromUtf8(random.pick(kGivenNames)) + QLatin1Char(' ') +
           QString::fromUtf8(random.pick(kFamilyNames));
}

} // namespace threadline::scenario
