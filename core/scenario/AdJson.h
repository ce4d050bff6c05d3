#pragma once

#include "scenario/AdMarket.h"

namespace threadline::scenario {

// Where and when an ad was posted: its site, its address there and the time (within the first
// half of 2026). Sets ad.site, ad.url and ad.postedAt.
void placeAd(Random& random, int index, const Persona& persona, GeneratedAd& ad);

// The JSON line a scraper would have saved for an ad. Sites differ, so do their dumps: a Memex
// CDR record with the raw HTML, a flat {url,title,body,posted} record, or one with other names
// ({link,headline,description,date}). Which one depends on the site the ad was posted on.
QByteArray adJsonLine(Random& random, int index, const Persona& persona, const GeneratedAd& ad);

// The address of a photo as the ad's site serves it.
QString photoUrl(const GeneratedAd& ad, std::uint64_t hash);

} // namespace threadline::scenario
