#include "DefaultImporters.h"

#include "ingest/ads/AdImporters.h"
#include "ingest/archive/ArchiveImporter.h"
#include "ingest/email/EmailImporter.h"
#include "ingest/finance/Mt940Importer.h"
#include "ingest/finance/OfxImporter.h"
#include "ingest/image/ImageImporter.h"
#include "ingest/interchange/GraphImporters.h"
#include "ingest/office/OfficeImporter.h"
#include "ingest/pdf/PdfImporter.h"
#include "ingest/phone/PhoneReportImporter.h"
#include "ingest/tabular/CsvImporter.h"
#include "ingest/text/TextImporter.h"
#include "ingest/vcard/VCardImporter.h"

namespace threadline::app {

ingest::ImporterRegistry makeDefaultImporters() {
    ingest::ImporterRegistry registry;
    // Names are unique by construction here, so add() cannot fail.
    (void)registry.add(std::make_unique<ingest::EmailImporter>());
    (void)registry.add(std::make_unique<ingest::PdfImporter>());
    (void)registry.add(std::make_unique<ingest::ArchiveImporter>());
    (void)registry.add(std::make_unique<ingest::ImageImporter>());
    (void)registry.add(std::make_unique<ingest::OfxImporter>());
    (void)registry.add(std::make_unique<ingest::Mt940Importer>());
    (void)registry.add(std::make_unique<ingest::CsvImporter>());
    (void)registry.add(std::make_unique<ingest::OfficeImporter>());
    (void)registry.add(std::make_unique<ingest::PhoneReportImporter>());
    (void)registry.add(std::make_unique<ingest::HtmlAdImporter>());
    (void)registry.add(std::make_unique<ingest::JsonLinesAdImporter>());
    (void)registry.add(std::make_unique<ingest::VCardImporter>());
    (void)registry.add(std::make_unique<ingest::GraphMlImporter>());
    (void)registry.add(std::make_unique<ingest::GexfImporter>());
    (void)registry.add(std::make_unique<ingest::TextImporter>());
    return registry;
}

} // namespace threadline::app
