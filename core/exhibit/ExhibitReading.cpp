#include "exhibit/ExhibitReading.h"

#include "chart/ChartReading.h"
#include "model/Locator.h"
#include "store/FactStore.h"
#include "util/Environment.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace threadline::exhibit {

namespace {

constexpr int kEvidenceRead = 500;

// The case's identity and the state exported: its first audit entry, and its last one that is
// not an exhibit's own record (exporting again must cite the same state).
Result<ExhibitHeader> headerOf(const store::CaseStore& store, const QString& casePath,
                               const ExhibitRequest& request) {
    auto log = store.auditLog();
    if (!log)
        return std::unexpected(log.error());
    if (log->empty())
        return fail(ErrorCode::Corrupt, QStringLiteral("the case has no audit log"));
    ExhibitHeader header;
    header.caseName = QFileInfo(casePath).fileName();
    header.caseId = log->front().hash;
    for (auto entry = log->rbegin(); entry != log->rend(); ++entry)
        if (!entry->action.startsWith(QLatin1String("exhibit."))) {
            header.auditHead = entry->hash;
            header.auditHeadAt = entry->at;
            break;
        }
    header.number = request.number;
    header.chart = request.chart;
    header.preparedBy = request.preparedBy.isEmpty() ? currentOsUser() : request.preparedBy;
    header.preparedAt = timeInWords(header.auditHeadAt);
    return header;
}

// A piece of evidence as cited; the words quoted for a protected entity are withheld whole
// (they are its name or number, however disguised).
CitedEvidence cited(const Evidence& evidence, const Redactor& redactor, bool ofProtected) {
    return {redactor.redact(evidence.sourceName),
            evidence.sha256,
            describeLocator(evidence.locatorJson),
            ofProtected ? QStringLiteral("[withheld: protected identity]")
                        : redactor.redact(evidence.quote),
            evidence.source.isValid()
                ? evidence.assertedBy
                : QStringLiteral("analyst %1: %2")
                      .arg(evidence.assertedBy, redactor.redact(evidence.reason)),
            evidence.confidence};
}

// Fills an item's evidence and counts who asserted it.
void addEvidence(ShownItem& item, const std::vector<Evidence>& evidence, const Redactor& redactor,
                 ExhibitModel& model, QSet<QString>& citedSources) {
    item.evidenceTotal = int(evidence.size());
    QSet<QString> named; // the sources the item's list names already
    for (const Evidence& piece : evidence) {
        (piece.source.isValid() ? model.softwareAssertions : model.analystAssertions)++;
        if (!piece.sha256.isEmpty())
            citedSources.insert(piece.sha256);
        if (int(item.evidence.size()) < kEvidencePerItem) {
            item.evidence.push_back(cited(piece, redactor, item.isProtected));
            named.insert(piece.sha256);
        } else if (!piece.sha256.isEmpty() && !named.contains(piece.sha256)) {
            named.insert(piece.sha256);
            item.otherSources.emplace_back(redactor.redact(piece.sourceName), piece.sha256);
        }
    }
}

ShownItem entityItem(std::int64_t id, const chart::ChartEntityInfo& info,
                     const Redactor& redactor) {
    ShownItem item;
    item.ref = QStringLiteral("E%1").arg(id);
    item.id = id;
    item.type = info.type;
    item.isProtected = redactor.isProtected(EntityId{id});
    item.name = info.label; // already named as the exhibit shows it
    return item;
}

ShownItem linkItem(const NetworkLinkRow& link, const chart::ChartContents& contents) {
    ShownItem item;
    item.ref = QStringLiteral("L%1").arg(link.id);
    item.isLink = true;
    item.id = link.id;
    item.type = link.type;
    item.fromRef = QStringLiteral("E%1").arg(link.from);
    item.toRef = QStringLiteral("E%1").arg(link.to);
    item.name = QStringLiteral("%1 %2 %3")
                    .arg(contents.entities.value(link.from).label, link.type,
                         contents.entities.value(link.to).label);
    return item;
}

// Adds items with their evidence to the model, one after the other; `progress` counts them and
// can cancel.
struct ItemReader {
    const store::CaseStore& store;
    const Redactor& redactor;
    ExhibitModel& model;
    const store::ProgressCallback& progress;
    std::int64_t total = 0;
    QSet<QString> citedSources; // the SHA-256 of every source the items cite

    template <typename Id> Result<void> add(ShownItem item, Id id) {
        auto evidence = store.facts().evidence(id, kEvidenceRead);
        if (!evidence)
            return std::unexpected(evidence.error());
        addEvidence(item, *evidence, redactor, model, citedSources);
        model.items.push_back(std::move(item));
        if (progress && !progress(std::int64_t(model.items.size()), total))
            return fail(ErrorCode::Cancelled, QStringLiteral("the exhibit was cancelled"));
        return {};
    }
};

} // namespace

QString timeInWords(const QString& isoUtc) {
    const QDateTime at = QDateTime::fromString(isoUtc, Qt::ISODate).toUTC();
    return at.isValid() ? at.toString(QStringLiteral("d MMM yyyy, HH:mm 'UTC'")) : isoUtc;
}

Result<ExhibitModel> readExhibit(const store::CaseStore& store, const QString& casePath,
                                 const ExhibitRequest& request, const Redactor& redactor,
                                 const store::ProgressCallback& progress) {
    ExhibitModel model;
    auto header = headerOf(store, casePath, request);
    if (!header)
        return std::unexpected(header.error());
    model.header = std::move(*header);
    chart::ChartContents contents;
    auto scene = chart::readChartScene(
        store, request.chart,
        [&](EntityId entity, const QString& label) { return redactor.nameOf(entity, label); },
        &contents);
    if (!scene)
        return std::unexpected(scene.error());
    model.scene = std::move(*scene);
    ItemReader reader{store,
                      redactor,
                      model,
                      progress,
                      contents.entities.size() + std::int64_t(contents.links->size()),
                      {}};
    std::vector<std::int64_t> ids(contents.entities.keyBegin(), contents.entities.keyEnd());
    std::sort(ids.begin(), ids.end());
    for (std::int64_t id : ids)
        if (auto added =
                reader.add(entityItem(id, contents.entities.value(id), redactor), EntityId{id});
            !added)
            return std::unexpected(added.error());
    for (const NetworkLinkRow& link : *contents.links)
        if (auto added = reader.add(linkItem(link, contents), LinkId{link.id}); !added)
            return std::unexpected(added.error());
    auto sources = store.sources();
    if (!sources)
        return std::unexpected(sources.error());
    for (Source& source : *sources)
        if (reader.citedSources.contains(source.sha256)) {
            source.name = redactor.redact(source.name);
            source.originalPath.clear(); // a path can name people; the name and hash suffice
            model.sources.push_back(std::move(source));
        }
    std::sort(model.sources.begin(), model.sources.end(),
              [](const Source& a, const Source& b) { return a.name < b.name; });
    for (const ProtectedIdentity& identity : redactor.identities())
        if (contents.entities.contains(identity.entity.value))
            model.protectedShown.push_back(identity);
    return model;
}

} // namespace threadline::exhibit
