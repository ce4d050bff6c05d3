#pragma once

#include <QString>

namespace threadline {

// Where in its source a fact was found, in words, from the locator the store keeps:
// {"page":2,"span":{"start":10,"end":22}} -> "page 2, characters 10–22"; {} -> "the whole
// source". For the evidence dialog and `threadline-cli evidence`.
QString describeLocator(const QString& locatorJson);

} // namespace threadline
