#pragma once

#include "scenario/AdMarket.h"

namespace threadline::scenario {

// The JSON line a scraper would have saved for an ad. Sites differ, so do their dumps: a Memex
// CDR record with the raw HTML, a flat {url,title,body,posted} record, or one with other names
// ({link,headline,description,date}). Which one depends on the site the ad was posted on.
QByteArray adJsonLine(Random& random, int index, const Persona& persona, const QString& city,
                      const QString& title, const GeneratedAd& ad);

} // namespace threadline::scenario
