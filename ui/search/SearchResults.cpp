#include "search/SearchResults.h"

#include "store/CaseStore.h"
#include "store/FactStore.h"

#include <QRegularExpression>

namespace threadline::ui {

namespace {

constexpr int kEntitiesShown = 20;
constexpr int kDocumentsShown = 100;

} // namespace

Result<SearchResults> searchCase(store::CaseStore& store, const QString& query) {
    const store::FactStore facts = store.facts();
    auto entities = facts.entitiesMatching(query, kEntitiesShown);
    if (!entities)
        return std::unexpected(entities.error());
    auto documents = facts.search(query, kDocumentsShown);
    if (!documents)
        return std::unexpected(documents.error());
    return SearchResults{query, std::move(*entities), std::move(*documents)};
}

QStringList searchTerms(const QString& query) {
    static const QRegularExpression words(QStringLiteral("[\\w@.+'-]+"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    static const QStringList operators{QStringLiteral("OR"), QStringLiteral("AND"),
                                       QStringLiteral("NOT"), QStringLiteral("NEAR")};
    QStringList terms;
    for (auto match = words.globalMatch(query); match.hasNext();) {
        const QString word = match.next().captured();
        if (!operators.contains(word) && word.size() >= 2)
            terms << word;
    }
    return terms;
}

QString snippetHtml(const QString& snippet) {
    QString html = snippet.simplified().toHtmlEscaped();
    html.replace(u'[', QStringLiteral("<b style='background:#ffe27a'>"));
    html.replace(u']', QStringLiteral("</b>"));
    return html;
}

} // namespace threadline::ui
