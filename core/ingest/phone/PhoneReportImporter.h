#pragma once

#include "ingest/Importer.h"

namespace threadline::ingest {

// Phone-extraction reports in the layout of Cellebrite UFED's report.xml, bare or inside a
// .ufdr package (whose other files become child sources): the device and its own number,
// contacts, calls, SMS, chats, user accounts and locations, with the deleted state kept.
// No real extraction is public; the layout follows Cellebrite's published XML report format
// and is tested on synthetic reports.
class PhoneReportImporter final : public Importer {
public:
    QString name() const override { return QStringLiteral("phone-report"); }
    QString version() const override { return QStringLiteral("1"); }
    int fitness(const QByteArray& head, const ImportContext& context) const override;
    Result<ImportResult> import(const QByteArray& bytes,
                                const ImportContext& context) const override;
};

} // namespace threadline::ingest
