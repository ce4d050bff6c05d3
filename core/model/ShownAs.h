#pragma once

#include <QString>

namespace threadline {

// How a protected entity is named by a rule other than a numbered pseudonym: "G. P." by
// initials, "Account ending 0144" by its last four digits, "Phoenix, AZ" by city and state;
// empty for "pseudonym" (the store numbers those: "Person V-1").
QString shownAsByRule(const QString& rule, const QString& type, const QString& label);

// The rule the US public-filing rules (FRCrP 49.1, FRCP 5.2) apply to an entity of `type`: a
// person (a minor) by initials, an account or phone number by its last four digits, an
// address by city and state; anything else keeps its pseudonym.
QString publicFilingRule(const QString& type);

} // namespace threadline
