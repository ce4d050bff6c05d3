#pragma once

#include "scenario/AdText.h"
#include "scenario/Fiction.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdint>
#include <vector>

namespace threadline::scenario {

// Someone advertised in the ads: a working name, a number, a way of writing it, maybe payment
// and social handles, a few photos (as perceptual hashes) and the sentences their ads reuse.
struct Persona {
    QString workingName;
    int age = 0;
    int city = 0;  // index into cities()
    QString phone; // 10 US digits from the fiction ranges
    PhoneStyle phoneStyle = PhoneStyle::Dashed;
    QString cashtag;   // "$CandyLux22", or empty
    QString instagram; // "candy.lux22", or empty
    QString email;     // "candy22@mail.example", or empty
    int price = 0;     // per hour
    std::vector<std::uint64_t> photos;
    std::vector<int> sentences; // the writer's template: indices into sentence()
    int controller = -1;        // index into AdMarket::controllers(), -1: works alone
};

// Whoever runs several personas: their ads share a booker's number, a payment handle and text.
struct Controller {
    QString name;
    QString phone;
    PhoneStyle phoneStyle = PhoneStyle::Dashed;
    QString cashtag;
    std::vector<int> sentences;
    std::vector<int> personas;
};

// One generated ad: the scraper's JSON line and what it truly contains.
struct GeneratedAd {
    int persona = -1;
    QString phoneShown; // the 10 digits the ad gives (the persona's or the controller's)
    QString text;       // title and body as a reader sees them
    QString title;
    QString city;
    QString site; // "backpage-like.example"
    QString url;
    QDateTime postedAt;                     // UTC
    QByteArray jsonLine;                    // one line, no newline
    std::vector<std::uint64_t> photoHashes; // of the photos shown (re-encoded copies differ a bit)
};

// A fictitious online ad market: personas, the controllers behind some of them, and as many ads
// as asked for (about 1 KB of text each). Ad N depends only on the seed and N, so ads can be made
// in any order or in parallel and still come out byte for byte the same.
class AdMarket {
public:
    // `reservedPhones` numbers are dealt before anyone else's, for the people of a case who do
    // not advertise, so no persona can share a number with them even when numbers run out.
    AdMarket(std::uint64_t seed, int adCount, int reservedPhones = 0);

    int adCount() const { return m_adCount; }
    const std::vector<Persona>& personas() const { return m_personas; }
    const std::vector<Controller>& controllers() const { return m_controllers; }
    const std::vector<QString>& reservedPhones() const { return m_reservedPhones; }
    GeneratedAd ad(int index) const;
    int personaOf(int index) const; // ad(index).persona, without writing the ad

private:
    void addControllers(Random& random, int count, FictionPhones& phones);
    Persona makePersona(Random& random, FictionPhones& phones) const;
    QString adText(Random& random, const Persona& persona, const QString& phone) const;
    int pickPersona(Random& random) const;

    Random m_random;
    int m_adCount;
    std::vector<Persona> m_personas;
    std::vector<Controller> m_controllers;
    std::vector<int> m_controlled; // personas that have a controller, who post more often
    std::vector<QString> m_reservedPhones;
};

} // namespace threadline::scenario
