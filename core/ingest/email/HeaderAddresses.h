#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

typedef struct _GMimeMessage GMimeMessage;

namespace threadline::ingest {

struct HeaderAddress {
    QString name;    // the display name, decoded; empty when none
    QString address; // as written, case-folded
};

// Every address of a message's `header` (From, To, Cc or Bcc; every occurrence of it), as the
// mail system wrote it. GMime reads RFC 5322 addresses and drops a whole header when one
// address breaks the grammar, but real mail holds such addresses (".andy@enron.com",
// "a..campos@enron.com") and each is evidence: a header GMime cannot read whole is read one
// address at a time, and an address GMime refuses is taken from its angle brackets, or as it
// stands, the way Python's email.utils.getaddresses reads it.
std::vector<HeaderAddress> headerAddresses(GMimeMessage* message, const char* header);

// The same for one header value (raw, possibly folded and RFC 2047-encoded).
std::vector<HeaderAddress> readAddressList(const QByteArray& value);

} // namespace threadline::ingest
