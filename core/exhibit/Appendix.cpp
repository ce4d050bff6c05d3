#include "exhibit/Appendix.h"

#include "Version.h"
#include "exhibit/ExhibitReading.h"
#include "store/CaseStore.h"

#include <QLocale>

#include <sqlite3.h>

namespace threadline::exhibit {

namespace {

QString evidenceLine(int number, const CitedEvidence& evidence) {
    return QStringLiteral("%1. %2 · %3 · asserted by %4%5")
        .arg(number)
        .arg(evidence.sourceName.isEmpty() ? QStringLiteral("(the analyst)") : evidence.sourceName,
             evidence.place, evidence.assertedBy,
             evidence.confidence < 1
                 ? QStringLiteral(" (confidence %1)").arg(evidence.confidence, 0, 'f', 2)
                 : QString());
}

void writeItem(ReportWriter& report, const ShownItem& item) {
    QString heading = QStringLiteral("%1 · %2 · %3").arg(item.ref, item.type, item.name);
    if (item.isLink)
        heading += QStringLiteral("  (%1 → %2)").arg(item.fromRef, item.toRef);
    if (item.isProtected)
        heading += QStringLiteral("  [protected identity]");
    ReportWriter::Style style = ReportWriter::body();
    style.bold = true;
    style.spaceBefore = 7;
    report.add(heading, style);
    if (item.evidence.empty()) {
        report.add(QStringLiteral("No assertion: drawn on the chart by the analyst."),
                   ReportWriter::detail());
        return;
    }
    int number = 0;
    for (const CitedEvidence& evidence : item.evidence) {
        report.add(evidenceLine(++number, evidence), ReportWriter::detail());
        if (!evidence.sha256.isEmpty())
            report.add(QStringLiteral("SHA-256 ") + evidence.sha256, ReportWriter::hash(28));
        if (!evidence.quote.trimmed().isEmpty()) {
            ReportWriter::Style quote = ReportWriter::detail(28);
            quote.colour = QColor(0x1d, 0x23, 0x2b);
            report.add(QStringLiteral("“%1”").arg(evidence.quote.simplified().left(600)), quote);
        }
    }
    if (!item.otherSources.empty()) {
        report.add(QStringLiteral("Also found in %1:")
                       .arg(item.otherSources.size() == 1
                                ? QStringLiteral("1 more source")
                                : QStringLiteral("%1 more sources").arg(item.otherSources.size())),
                   ReportWriter::detail());
        for (const auto& [name, sha256] : item.otherSources)
            report.add(QStringLiteral("%1 · SHA-256 %2").arg(name, sha256), ReportWriter::hash(28));
    }
    if (item.evidenceTotal > int(item.evidence.size()))
        report.add(QStringLiteral("%1 pieces of evidence in all; every one is listed by "
                                  "threadline-cli evidence %2")
                       .arg(item.evidenceTotal)
                       .arg(item.isLink ? QStringLiteral("link:%1").arg(item.id)
                                        : QString::number(item.id)),
                   ReportWriter::detail());
}

void writeSources(ReportWriter& report, const ExhibitModel& model) {
    report.add(QStringLiteral("Sources cited (%1)").arg(model.sources.size()),
               ReportWriter::heading(11));
    const QLocale locale(QLocale::English);
    for (const Source& source : model.sources) {
        ReportWriter::Style name = ReportWriter::body();
        name.spaceBefore = 5;
        report.add(source.name, name);
        report.add(QStringLiteral("%1 · %2 bytes · imported %3 by %4%5%6")
                       .arg(source.mediaType, locale.toString(source.size),
                            timeInWords(source.importedAt), source.importedBy,
                            source.custodian.isEmpty()
                                ? QString()
                                : QStringLiteral(" · custodian ") + source.custodian,
                            source.exhibitRef.isEmpty()
                                ? QString()
                                : QStringLiteral(" · exhibit ref. ") + source.exhibitRef),
                   ReportWriter::detail());
        report.add(QStringLiteral("SHA-256 ") + source.sha256, ReportWriter::hash());
    }
}

QString custodyText(const ExhibitHeader& header, const store::VerificationReport* verified) {
    const QString kept =
        QStringLiteral("Each source was copied into the case on import, byte for byte, with its "
                       "SHA-256, the time and the user (listed with the sources cited). Every "
                       "change to the case is an entry of a hash-chained audit log. ");
    if (!verified)
        return kept + QStringLiteral("The chain and the originals' hashes are re-computed when "
                                     "the exhibit is exported (not in this preview).");
    return kept +
           QStringLiteral("At export the chain was re-computed from the case's creation through "
                          "entry %1 (the state shown) and the %2 stored originals (%3 bytes) "
                          "re-hashed: %4.")
               .arg(header.auditHead.left(16))
               .arg(verified->sourcesChecked)
               .arg(QLocale(QLocale::English).toString(verified->bytesChecked))
               .arg(verified->passed()
                        ? QStringLiteral("every hash matched")
                        : QStringLiteral("%1 problem(s) were found and are listed in the case's "
                                         "verification report")
                              .arg(verified->problems.size()));
}

} // namespace

void writeAppendix(ReportWriter& report, const ExhibitModel& model) {
    const ExhibitHeader& header = model.header;
    report.add(QStringLiteral("Exhibit %1 — source appendix").arg(header.number),
               ReportWriter::heading(15));
    report.add(QStringLiteral("Chart “%1” of case %2 (case id %3), as of %4, prepared by %5.")
                   .arg(header.chart, header.caseName, header.caseId, header.preparedAt,
                        header.preparedBy),
               ReportWriter::body());
    report.add(QStringLiteral(
                   "Every entity (E) and link (L) on the chart is listed with the evidence it "
                   "rests on: the source file, its SHA-256 (the hash of the original as seized, "
                   "which anyone can recompute), the place in it, the words found there, and "
                   "the extractor (with its version) or analyst that asserted it. The same "
                   "references are used in items.csv."),
               ReportWriter::body());
    if (!model.protectedShown.empty()) {
        report.add(QStringLiteral("Protected identities"), ReportWriter::heading(11));
        QStringList shown;
        for (const ProtectedIdentity& identity : model.protectedShown)
            shown << QStringLiteral("%1 (E%2)").arg(identity.shownAs).arg(identity.entity.value);
        report.add(QStringLiteral("%1 shown under a pseudonym or as the public-filing rules "
                                  "allow: %2. Their names, identifiers and the words quoted "
                                  "around them are removed from every file of this exhibit.")
                       .arg(model.protectedShown.size())
                       .arg(shown.join(QStringLiteral(", "))),
                   ReportWriter::body());
    }
    writeSources(report, model);
    report.pageBreak();
    report.add(QStringLiteral("Entities"), ReportWriter::heading(11));
    for (const ShownItem& item : model.items)
        if (!item.isLink)
            writeItem(report, item);
    report.add(QStringLiteral("Links"), ReportWriter::heading(11));
    for (const ShownItem& item : model.items)
        if (item.isLink)
            writeItem(report, item);
}

void writeMethods(ReportWriter& report, const ExhibitModel& model,
                  const store::VerificationReport* verified) {
    const ExhibitHeader& header = model.header;
    report.pageBreak();
    report.add(QStringLiteral("Methods"), ReportWriter::heading(15));
    report.add(QStringLiteral("Scope"), ReportWriter::heading(11));
    report.add(QStringLiteral("This exhibit shows the chart “%1”: %2 entities and %3 links of "
                              "case %4, as the case stood at its audited change of %5 (audit "
                              "entry %6).")
                   .arg(header.chart)
                   .arg(model.scene.nodes().size())
                   .arg(std::count_if(model.items.begin(), model.items.end(),
                                      [](const ShownItem& item) { return item.isLink; }))
                   .arg(header.caseName, header.preparedAt, header.auditHead),
               ReportWriter::body());
    report.add(QStringLiteral("Tools"), ReportWriter::heading(11));
    report.add(QStringLiteral("Threadline %1 (offline link analysis), built with Qt %2 and "
                              "SQLite %3; documents read with poppler, GMime, libarchive and "
                              "exiv2, text in scanned pages with Tesseract OCR, phone numbers "
                              "checked with libphonenumber, as packaged by Debian 12.")
                   .arg(QLatin1String(kVersion), QLatin1String(qVersion()),
                        QLatin1String(sqlite3_libversion())),
               ReportWriter::body());
    report.add(QStringLiteral("Custody and integrity"), ReportWriter::heading(11));
    report.add(custodyText(header, verified), ReportWriter::body());
    report.add(QStringLiteral("Software and analyst"), ReportWriter::heading(11));
    report.add(QStringLiteral("Of the %1 assertions behind the items shown, %2 were made by "
                              "Threadline's importers and extractors, each cited with its name "
                              "and version, and %3 by an analyst, cited with the analyst's "
                              "account and the reason they gave. Merges of duplicate entities "
                              "and roles are the analyst's decisions, recorded in the audit "
                              "log. The chart's layout (where each item sits) is an aid to "
                              "reading and carries no meaning of its own; a line stands for "
                              "every link between two items, counted in its label.")
                   .arg(model.softwareAssertions + model.analystAssertions)
                   .arg(model.softwareAssertions)
                   .arg(model.analystAssertions),
               ReportWriter::body());
    report.add(QStringLiteral("Known limitations"), ReportWriter::heading(11));
    report.add(QStringLiteral(
                   "Identifiers are found in text by pattern and dictionary: numbers written to "
                   "evade detection can be missed or, rarely, misread; the measured precision "
                   "and recall of this version's extractors on real, held-out text are "
                   "published with it. OCR of poor scans can misread characters; each such "
                   "citation names the page and the words read, so it can be checked against "
                   "the original. Times without a zone in a source (a camera's clock) are read "
                   "as UTC. Entities merged by the analyst are shown as one."),
               ReportWriter::body());
}

} // namespace threadline::exhibit
