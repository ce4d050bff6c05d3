#pragma once

#include "ingest/email/HeaderAddresses.h"
#include "model/ImportResult.h"

#include <QHash>

typedef struct _GMimeMessage GMimeMessage;

namespace threadline::ingest {

// Turns parsed GMime messages into documents, entities, links, events and child files of one
// ImportResult, sharing address entities between the messages of a mailbox.
class MessageReader {
public:
    explicit MessageReader(ImportResult& result)
        : m_result(result) {}

    // `index` numbers messages in a mailbox from 1; `offset` is the byte offset of the message.
    void read(GMimeMessage* message, int index, qint64 offset);

private:
    int addressEntity(const HeaderAddress& address, int document, const QString& header);
    void readParts(GMimeMessage* message, int index, QString& body);

    ImportResult& m_result;
    QHash<QString, int> m_addressEntities; // address -> entity index
};

} // namespace threadline::ingest
