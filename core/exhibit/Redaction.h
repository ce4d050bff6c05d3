#pragma once

#include "model/CaseContents.h"
#include "util/Error.h"

#include <QHash>
#include <QRegularExpression>
#include <QString>

#include <vector>

namespace threadline::store {
class CaseStore;
} // namespace threadline::store

namespace threadline::exhibit {

// What an exhibit must not show: the names, identifiers and numbers of the case's protected
// entities. Text passes through redact() before it is written to any file of a package, so a
// protected name is removed from the bytes, never drawn over. A phone or account number is
// found however it is written ("(432) 555-0144", "432.555.0144"); a person's name also by each
// of its words.
class Redactor {
public:
    // With `publicFilingRules`, each protected entity is shown as those rules keep its type
    // (publicFilingRule) rather than as it was protected.
    static Result<Redactor> load(const store::CaseStore& store, bool publicFilingRules = false);

    bool isProtected(EntityId entity) const { return m_shownAs.contains(entity.value); }
    // How an entity is named: as it is shown when protected, else its label, redacted.
    QString nameOf(EntityId entity, const QString& label) const;
    // `text` with every protected name and number in it replaced by how that entity is shown.
    QString redact(const QString& text) const;
    const std::vector<ProtectedIdentity>& identities() const { return m_identities; }

private:
    struct Secret {
        QRegularExpression pattern;
        QString shownAs;
    };
    void addSecret(const QString& text, const QString& shownAs, bool nameWords);

    std::vector<ProtectedIdentity> m_identities;
    QHash<std::int64_t, QString> m_shownAs;
    std::vector<Secret> m_secrets; // longest first
};

} // namespace threadline::exhibit
