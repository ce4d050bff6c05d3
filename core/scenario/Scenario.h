#pragma once

#include "scenario/AdMarket.h"

#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace threadline::scenario {

enum class ScenarioSize { Small, Medium, Large, Huge };

std::optional<ScenarioSize> scenarioSizeFromString(const QString& text);
QString toString(ScenarioSize size);

// How much of everything a size makes.
struct ScenarioSpec {
    int ads = 0;
    int investigatedRings = 1; // rings whose phones, bank records and papers were seized
    int savedPages = 0;        // ads also saved as HTML pages, with their photos
};
ScenarioSpec specFor(ScenarioSize size);

// What someone truly was in the case: the answer key's roles (names as in knownRoles()).
enum class Role { Uninvolved, Victim, Controller, Recruiter, MoneyMule, Buyer };
QString toString(Role role);

struct Person {
    QString key; // "P007": the answer key's id
    Role role = Role::Uninvolved;
    QString name;     // legal name: bank records, receipts, leases
    QString nickname; // how others saved them in their phones; an advertiser's working name
    QString phone;    // 10 US digits from the fiction ranges
    QString cashtag;  // "$candylux22", or empty
    QString instagram;
    QString email;
    QString account;  // bank account "US55 0100 0007", or empty
    int persona = -1; // the AdMarket persona when they advertise
    int ring = -1;    // the ring they belong to, -1 for uninvolved people
    bool keyPlayer = false;
};

// One trafficking operation: a controller, the victims whose ads they run and, when the ring was
// investigated, the recruiter who brought the victims in, the money mule and regular buyers.
struct Ring {
    int controller = -1; // index into Scenario::people()
    int recruiter = -1;
    int moneyMule = -1;
    std::vector<int> victims;
    std::vector<int> buyers;
    std::vector<int> acquaintances; // uninvolved people in the controller's phone
    bool investigated = false;
};

// A true relation between two people, which a trainee should find.
struct TrueLink {
    int from = -1;
    int to = -1;
    QString kind; // "controls", "recruited", "works-with", "launders-for", "buys-from"
};

// A fictitious trafficking case: who the people are, what they truly did, and the ad market
// they advertise in. The files are written from this by the writers in ScenarioWriter; the
// answer key is this, as JSON. Same seed and size, same case.
class Scenario {
public:
    Scenario(std::uint64_t seed, ScenarioSize size);

    std::uint64_t seed() const { return m_seed; }
    ScenarioSize size() const { return m_size; }
    const ScenarioSpec& spec() const { return m_spec; }
    const AdMarket& market() const { return m_market; }
    const std::vector<Person>& people() const { return m_people; }
    const std::vector<Ring>& rings() const { return m_rings; }
    const std::vector<TrueLink>& links() const { return m_links; }
    const std::vector<int>& bystanders() const { return m_bystanders; } // noise in the bank data
    const Person& person(int index) const { return m_people[std::size_t(index)]; }

    // The person behind an AdMarket persona, or -1 for an independent advertiser.
    int personForPersona(int persona) const;
    // An independent stream for one writer, so adding a file kind leaves the others unchanged.
    Random random(std::uint64_t stream) const { return m_random.fork(stream); }

private:
    void addRing(int marketController, bool investigated);
    int addPerson(Person person);
    Person newPerson(Role role, int ring);
    void link(int from, int to, const char* kind);

    std::uint64_t m_seed;
    ScenarioSize m_size;
    ScenarioSpec m_spec;
    Random m_random;
    AdMarket m_market;
    std::vector<Person> m_people;
    std::vector<Ring> m_rings;
    std::vector<TrueLink> m_links;
    std::vector<int> m_personForPersona;
    std::vector<int> m_bystanders;
    std::size_t m_reservedDealt = 0;
};

} // namespace threadline::scenario
