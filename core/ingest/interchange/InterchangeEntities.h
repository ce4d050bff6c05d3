#pragma once

#include "extract/PhoneNumbers.h"
#include "model/ImportResult.h"

#include <QString>

namespace threadline::ingest {

// Our entity type for a type written by another tool: our own names in any case ("person",
// "EmailAddress"), common synonyms ("email", "organisation", "location", "wallet"), and
// Maltego's ("maltego.PhoneNumber", "maltego.Location"). Anything else is "Entity" (shown as
// Other), the written type kept among the properties by the importer.
QString entityTypeFor(const QString& written);

// The entity's identifiers, so that a phone or e-mail address imported from a graph file
// resolves onto the same entity already in the case: a phone in E.164 form (read for
// `phones`' region), an e-mail address in lower case. Sets the label to the normalised form.
void identify(ExtractedEntity& entity, extract::PhoneNormaliser& phones);

} // namespace threadline::ingest
