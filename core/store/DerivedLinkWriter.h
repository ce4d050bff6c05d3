#pragma once

#include "model/CaseContents.h"
#include "store/Database.h"

#include <QSet>

#include <map>

namespace threadline::store {

// Writes links an analysis found (reused photos, shared templates) inside the caller's
// transaction. A pair the case already links with the same type, in either direction, is skipped,
// so rerunning an analysis adds only what is new; each new link gets an assertion naming the
// analysis, the analyst who ran it and its reason.
class DerivedLinkWriter {
public:
    DerivedLinkWriter(Database& database, const QString& analysis);
    Result<bool> add(const DerivedLink& link); // true: the link is new
    int added() const { return m_added; }

private:
    Result<QSet<QPair<qint64, qint64>>*> existing(const QString& type);

    Database& m_database;
    QString m_analysis;
    QString m_analyst;
    QString m_now;
    std::map<QString, QSet<QPair<qint64, qint64>>> m_existing; // by link type, smaller id first
    int m_added = 0;
};

// Writes the links in one transaction with one audit row ("analysis.linked"); returns how many
// were new.
Result<int> recordDerivedLinks(Database& database, const QString& analysis,
                               const std::vector<DerivedLink>& links);

} // namespace threadline::store
