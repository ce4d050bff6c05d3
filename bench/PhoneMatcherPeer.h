#pragma once

#include <QString>

#include <set>
#include <string>
#include <vector>

// libphonenumber's PhoneNumberMatcher over whole texts: the plain way to find phone numbers,
// which the issue names as the peer for our extractor.
namespace threadline::bench {

struct LabelledText {
    QString text;
    std::string utf8;
    std::set<QString> phones; // E.164 numbers the text truly gives
};

struct PhoneRun {
    double seconds = 0;
    int found = 0;
    int correct = 0;
};

// Runs the matcher (leniency VALID, region `region`) over every text `repeat` times; counts
// the distinct numbers each text gives on the first pass.
PhoneRun runPhoneNumberMatcher(const std::vector<LabelledText>& texts, const char* region,
                               int repeat = 1);

} // namespace threadline::bench
