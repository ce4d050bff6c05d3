// AnalysisStore: ad templates (groups of ads written from one text) as entities linked to their
// ads.
#include "store/AnalysisStore.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/DerivedLinkWriter.h"
#include "store/EntityLookup.h"
#include "util/Environment.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace threadline::store {

namespace {

constexpr const char* kAnalysis = "ad-template";

// Stable across reruns: the same shared text is the same template.
QString templateKey(const resolve::TextTemplate& found) {
    const QString basis = found.sharedText.isEmpty()
                              ? QStringLiteral("ads:%1").arg(found.members.front())
                              : found.sharedText;
    return QString::fromLatin1(
        QCryptographicHash::hash(basis.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

QString labelOf(const resolve::TextTemplate& found) {
    const QString& text = found.sharedText;
    if (text.isEmpty()) // a chain of look-alikes with no sentence common to most of them
        return QStringLiteral("Template of %1 ads").arg(found.members.size());
    return text.size() <= 80 ? text : text.left(77) + QStringLiteral("...");
}

// The template's entity, found by its key or created (the audit row of the run says why).
Result<std::pair<EntityId, bool>> templateEntity(Database& database,
                                                 const resolve::TextTemplate& found) {
    const QString key = templateKey(found);
    auto known = entityWithIdentifier(database, QStringLiteral("ad-template"), key);
    if (!known)
        return std::unexpected(known.error());
    if (known->has_value())
        return std::pair{**known, false};

    const QJsonObject properties{{QStringLiteral("shared_text"), found.sharedText},
                                 {QStringLiteral("ads"), qint64(found.members.size())}};
    auto insert = database.cached("INSERT INTO entities (type, label, properties, created_at, "
                                  "created_by) VALUES ('AdTemplate', ?, ?, ?, ?)");
    auto identify = database.cached(
        "INSERT INTO identifiers (kind, value, entity_id) VALUES ('ad-template', ?, ?)");
    if (!insert || !identify)
        return std::unexpected(insert ? identify.error() : insert.error());
    (*insert)->bind(1, labelOf(found));
    (*insert)->bind(2, QString::fromUtf8(QJsonDocument(properties).toJson(QJsonDocument::Compact)));
    (*insert)->bind(3, utcNowIso()).bind(4, QString::fromLatin1(kAnalysis));
    if (auto inserted = (*insert)->run(); !inserted)
        return std::unexpected(inserted.error());
    const EntityId created{database.lastInsertId()};
    if (auto identified = (*identify)->bind(1, key).bind(2, created.value).run(); !identified)
        return std::unexpected(identified.error());
    return std::pair{created, true};
}

} // namespace

Result<TemplateCounts>
AnalysisStore::recordTextTemplates(const std::vector<resolve::TextTemplate>& templates) {
    auto transaction = Transaction::begin(m_database);
    if (!transaction)
        return std::unexpected(transaction.error());
    DerivedLinkWriter writer(m_database, QString::fromLatin1(kAnalysis));
    TemplateCounts counts;
    for (const resolve::TextTemplate& found : templates) {
        auto entity = templateEntity(m_database, found);
        if (!entity)
            return std::unexpected(entity.error());
        ++counts.templates;
        counts.created += int(entity->second);
        for (std::size_t i = 0; i < found.members.size(); ++i) {
            const double similarity = found.similarity[i];
            auto written = writer.add(
                {QStringLiteral("uses-template"), EntityId{found.members[i]}, entity->first,
                 similarity, QStringLiteral("{\"similarity\":%1}").arg(similarity, 0, 'f', 3),
                 QStringLiteral("ad text %1 % alike another ad of this template (share of "
                                "their word 5-shingles in common)")
                     .arg(int(similarity * 100))});
            if (!written)
                return std::unexpected(written.error());
        }
    }
    counts.links = writer.added();
    auto logged = AuditLog(m_database)
                      .append(QStringLiteral("analysis.linked"),
                              QJsonObject{{QStringLiteral("analysis"), QLatin1String(kAnalysis)},
                                          {QStringLiteral("templates"), counts.templates},
                                          {QStringLiteral("templates_created"), counts.created},
                                          {QStringLiteral("links_added"), counts.links}});
    if (!logged)
        return std::unexpected(logged.error());
    if (auto committed = transaction->commit(); !committed)
        return std::unexpected(committed.error());
    return counts;
}

} // namespace threadline::store
