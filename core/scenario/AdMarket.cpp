#include "scenario/AdMarket.h"

#include "scenario/AdJson.h"

#include <QStringList>

#include <algorithm>
#include <numeric>

namespace threadline::scenario {

namespace {

constexpr int kAdsPerPersona = 12;
constexpr int kPersonasPerController = 6;
constexpr double kControlledShare = 0.3; // of personas
constexpr double kControlledAds = 0.55;  // of ads: controlled personas post more
constexpr double kBookerPhone = 0.4;     // of a controlled persona's ads
constexpr int kTemplateSentences = 8;
constexpr const char* kAdjectives[] = {"new", "sweet", "upscale", "exotic", "discreet", "petite"};

std::vector<int> pickSentences(Random& random) {
    std::vector<int> all(static_cast<std::size_t>(sentenceCount()));
    std::iota(all.begin(), all.end(), 0);
    random.shuffle(all);
    all.resize(kTemplateSentences);
    return all;
}

QString handleFrom(const QString& name, Random& random) {
    static const char* const kSuffixes[] = {"lux", "xo", "vip", "baby", "queen", "doll"};
    return name.toLower() + QString::fromLatin1(random.pick(kSuffixes)) +
           QString::number(random.between(1, 99));
}

PhoneStyle pickStyle(Random& random) {
    // Most posters write numbers plainly; about a third hide them.
    return random.chance(0.65) ? PhoneStyle(random.below(4))
                               : PhoneStyle(4 + random.below(int(PhoneStyle::Count) - 4));
}

// A photo as the site re-encoded it: its perceptual hash moves by a few bits.
std::uint64_t reencoded(std::uint64_t hash, Random& random) {
    const int flips = int(random.below(4));
    for (int i = 0; i < flips; ++i)
        hash ^= 1ull << random.below(64);
    return hash;
}

} // namespace

AdMarket::AdMarket(std::uint64_t seed, int adCount, int reservedPhones)
    : m_random(seed)
    , m_adCount(adCount) {
    Random random = m_random.fork(0xC0FFEE);
    FictionPhones phones(random);
    for (int i = 0; i < reservedPhones; ++i)
        m_reservedPhones.push_back(phones.next());
    const int personaCount = std::max(10, adCount / kAdsPerPersona);
    const int controlledCount = std::max(2, int(personaCount * kControlledShare));
    addControllers(random, std::max(1, controlledCount / kPersonasPerController), phones);
    for (int i = 0; i < personaCount; ++i) {
        Persona persona = makePersona(random, phones);
        if (i < controlledCount) {
            const int controller = i % int(m_controllers.size());
            Controller& boss = m_controllers[std::size_t(controller)];
            persona.controller = controller;
            persona.sentences = boss.sentences; // the controller writes every ad the same way
            if (random.chance(0.7))
                persona.cashtag = boss.cashtag;
            boss.personas.push_back(i);
            m_controlled.push_back(i);
        }
        m_personas.push_back(std::move(persona));
    }
}

void AdMarket::addControllers(Random& random, int count, FictionPhones& phones) {
    for (int i = 0; i < count; ++i) {
        Controller controller;
        controller.name = personName(random);
        controller.phone = phones.next();
        controller.phoneStyle = pickStyle(random);
        controller.cashtag =
            QLatin1Char('$') + handleFrom(controller.name.section(' ', 0, 0), random);
        controller.sentences = pickSentences(random);
        m_controllers.push_back(std::move(controller));
    }
}

Persona AdMarket::makePersona(Random& random, FictionPhones& phones) const {
    Persona persona;
    persona.workingName = QString::fromUtf8(random.pick(workingNames()));
    persona.age = random.between(19, 29);
    persona.city = int(random.below(cities().size()));
    persona.phone = phones.next();
    persona.phoneStyle = pickStyle(random);
    if (random.chance(0.45))
        persona.cashtag = QLatin1Char('$') + handleFrom(persona.workingName, random);
    if (random.chance(0.3))
        persona.instagram = handleFrom(persona.workingName, random);
    if (random.chance(0.2))
        persona.email = handleFrom(persona.workingName, random) + QStringLiteral("@mail.example");
    persona.price = 100 + 20 * random.between(0, 10);
    for (int photo = 0; photo < 3; ++photo)
        persona.photos.push_back(random.next());
    persona.sentences = pickSentences(random);
    return persona;
}

// The first draws of an ad's stream choose whose ad it is.
int AdMarket::pickPersona(Random& random) const {
    return !m_controlled.empty() && random.chance(kControlledAds)
               ? m_controlled[random.below(m_controlled.size())]
               : int(random.below(m_personas.size()));
}

int AdMarket::personaOf(int index) const {
    Random random = m_random.fork(std::uint64_t(index) + 1);
    return pickPersona(random);
}

GeneratedAd AdMarket::ad(int index) const {
    Random random = m_random.fork(std::uint64_t(index) + 1);
    GeneratedAd ad;
    ad.persona = pickPersona(random);
    const Persona& persona = m_personas[std::size_t(ad.persona)];
    const Controller* boss =
        persona.controller >= 0 ? &m_controllers[std::size_t(persona.controller)] : nullptr;
    const bool booker = boss && random.chance(kBookerPhone);
    ad.phoneShown = booker ? boss->phone : persona.phone;
    const PhoneStyle style = booker ? boss->phoneStyle : persona.phoneStyle;
    ad.city = QString::fromUtf8(
        cities()[random.chance(0.8) ? std::size_t(persona.city) : random.below(cities().size())]
            .name);
    ad.title = QStringLiteral("%1 %2 - %3 and available in %4")
                   .arg(persona.workingName)
                   .arg(persona.age)
                   .arg(QString::fromLatin1(random.pick(kAdjectives)), ad.city);
    ad.text = ad.title + QLatin1Char('\n') +
              adText(random, persona, writePhone(ad.phoneShown, style, random));
    for (const std::uint64_t photo : persona.photos)
        if (random.chance(0.6))
            ad.photoHashes.push_back(reencoded(photo, random));
    placeAd(random, index, persona, ad);
    ad.jsonLine = adJsonLine(random, index, persona, ad);
    return ad;
}

QString AdMarket::adText(Random& random, const Persona& persona, const QString& phone) const {
    const QString city = QString::fromUtf8(cities()[std::size_t(persona.city)].name);
    QStringList lines;
    for (const int index : persona.sentences) // now and then a writer swaps a sentence
        lines << fillSlots(
            sentence(random.chance(0.1) ? int(random.below(sentenceCount())) : index),
            persona.workingName, city, persona.age, persona.price);
    lines << QStringLiteral("Text me at %1").arg(phone);
    if (!persona.cashtag.isEmpty() && random.chance(0.7))
        lines << QStringLiteral("Deposit by Cash App %1 to confirm.").arg(persona.cashtag);
    if (!persona.instagram.isEmpty() && random.chance(0.7))
        lines << QStringLiteral("IG: @%1").arg(persona.instagram);
    if (!persona.email.isEmpty() && random.chance(0.7))
        lines << QStringLiteral("Email %1").arg(writeEmail(persona.email, random));
    lines << QStringLiteral("%1 hr, %2/hh").arg(persona.price).arg(persona.price * 6 / 10);
    lines << disclaimer(random);
    return lines.join(QLatin1Char('\n'));
}

} // namespace threadline::scenario
