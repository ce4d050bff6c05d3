#include "resolve/NameSimilarity.h"

#include <QRegularExpression>
#include <QSet>

namespace threadline::resolve {

namespace {

QSet<QString> words(const QString& text) {
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QSet<QString> set;
    for (const QString& word : text.toLower().split(separators, Qt::SkipEmptyParts))
        set.insert(word);
    return set;
}

} // namespace

double nameSimilarity(const QString& first, const QString& second) {
    const QSet<QString> a = words(first);
    const QSet<QString> b = words(second);
    if (a.isEmpty() || b.isEmpty())
        return 0;
    const qsizetype shared = QSet<QString>(a).intersect(b).size();
    return double(shared) / double(a.size() + b.size() - shared);
}

} // namespace threadline::resolve
