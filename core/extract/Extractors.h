#pragma once

#include "extract/Match.h"

#include <QString>

#include <memory>

namespace threadline::extract {

// E-mail addresses, also written to dodge filters: "name at gmail dot com", "name [at] mail
// [dot] com", "name(at)mail(dot)com". Values are lower-case.
Matches extractEmails(const QString& text);

// Bitcoin addresses with their checksums verified (base58check P2PKH/P2SH, bech32/bech32m) and
// Ethereum addresses. Values: the address as written (bech32 and ETH lower-case).
Matches extractCrypto(const QString& text);

// Cash App "$cashtag" (not "$200"), Venmo, PayPal.me and Zelle (the phone or e-mail named next
// to "Zelle"). Values: "$tag", "venmo:@name", "paypal:name", "zelle:<E.164 or e-mail>".
Matches extractPayments(const QString& text, const Matches& phonesAndEmails);

// Social and messenger accounts: Instagram, Snapchat, Telegram (t.me), WhatsApp (wa.me),
// X/Twitter, OnlyFans; and URLs. Values: "instagram:name", "whatsapp:+E164", the URL ...
Matches extractSocial(const QString& text, const QString& region);
Matches extractUrls(const QString& text);

// What ads state about the offer: prices with their unit ("200 hr" -> "200/hr"), ages ("21yo"
// -> "21") and names the writer goes by ("I'm Candy" -> "Candy").
Matches extractAdFacts(const QString& text);

// Every identifier extractor over one text, sorted by position. National phone numbers are read
// in the country the text names (regionNamedIn), else in `defaultRegion`.
Matches extractAll(const QString& text, const QString& defaultRegion);

// extractAll() for many texts: keeps what libphonenumber said about each number, per region, so
// a number repeated across a hundred thousand ads is parsed once. One per import.
class TextExtractor {
public:
    explicit TextExtractor(QString defaultRegion);
    ~TextExtractor();
    TextExtractor(TextExtractor&&) noexcept;
    Matches extract(const QString& text);

private:
    struct Phones;
    QString m_defaultRegion;
    std::unique_ptr<Phones> m_phones;
};

} // namespace threadline::extract
