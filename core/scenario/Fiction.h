#pragma once

#include "scenario/Random.h"

#include <QString>

#include <span>
#include <vector>

namespace threadline::scenario {

// Names, places and numbers for fictitious cases. Names come from many cultures, as the people
// in real casework do; phone numbers only from ranges set aside for fiction, so no generated
// case can name a real subscriber.

struct City {
    const char* name;
    const char* state;
};

std::span<const char* const> givenNames();   // legal first names, many cultures
std::span<const char* const> familyNames();  // surnames, many cultures
std::span<const char* const> workingNames(); // the names ads go by: "Candy", "Mia"
std::span<const City> cities();
std::span<const char* const> adSites(); // fictitious ad sites under .example

// US numbers in the ranges reserved for fiction (NPA-555-0100..0199, every area code
// libphonenumber accepts), dealt out in a seeded order without repeats until all are used, so
// two unrelated people in one case never share a number by accident. "6025550142".
class FictionPhones {
public:
    explicit FictionPhones(Random& random);
    QString next();
    static std::span<const QString> all(); // about 30,000, checked once per process

private:
    std::vector<std::size_t> m_order;
    std::size_t m_dealt = 0;
};

// "Amara Okafor", "Wei Chen", "Lucía Fernández".
QString personName(Random& random);

} // namespace threadline::scenario
