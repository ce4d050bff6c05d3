#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// E-mail as single messages (EML, and RFC 822 text files such as the Enron corpus) or mailboxes
// (mbox), read with GMime. Each message becomes a document, its senders and recipients become
// addresses (and people, where a display name is given) joined by "e-mailed" links and an
// "email" event; attachments and attached messages become child sources. A mailbox over the
// size limit for one file (a seized laptop's 3 GB mbox) is read a part of whole messages at a
// time, each part written into the case while the next is read.
class EmailImporter final : public Importer {
public:
    EmailImporter();
    QString name() const override { return QStringLiteral("email"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
    // A mailbox of any size is read in parts of whole messages.
    bool readsInParts(const QByteArray& head) const override;
    Result<ImportResult> importInParts(QIODevice& device,
                                       const ImportContext& context) const override;
};

} // namespace threadline::ingest
