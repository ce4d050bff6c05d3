#include "PhoneMatcherPeer.h"

#include <QElapsedTimer>

#include <phonenumbers/phonenumbermatch.h>
#include <phonenumbers/phonenumbermatcher.h>
#include <phonenumbers/phonenumberutil.h>

namespace threadline::bench {

PhoneRun runPhoneNumberMatcher(const std::vector<LabelledText>& texts, const char* region,
                               int repeat) {
    using namespace i18n::phonenumbers;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    PhoneRun run;
    QElapsedTimer clock;
    clock.start();
    for (int pass = 0; pass < repeat; ++pass)
        for (const LabelledText& text : texts) {
            PhoneNumberMatcher matcher(util, text.utf8, region, PhoneNumberMatcher::VALID, 65535);
            PhoneNumberMatch match;
            std::set<std::string> seen; // a number written twice in a text is one number found
            while (matcher.HasNext() && matcher.Next(&match)) {
                std::string e164;
                util.Format(match.number(), PhoneNumberUtil::E164, &e164);
                if (pass == 0 && seen.insert(e164).second) {
                    ++run.found;
                    run.correct += int(text.phones.count(QString::fromStdString(e164)));
                }
            }
        }
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    return run;
}

} // namespace threadline::bench
