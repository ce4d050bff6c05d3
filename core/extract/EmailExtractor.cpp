#include "extract/Extractors.h"

#include <QRegularExpression>

namespace threadline::extract {

Matches extractEmails(const QString& text) {
    // "at" and "dot" may be spelled out, bracketed or spaced; a plain "@" needs no help. The name
    // before the "at" is taken whole, never given back ({0,63}+): what follows it cannot start
    // with a character of the name, so giving back could not make a match, and trying to made
    // this pattern the dearest of all extractors (it is tried at every word).
    static const QRegularExpression pattern(
        QStringLiteral(
            R"((?<![\w.+-])([A-Za-z0-9][A-Za-z0-9._%+-]{0,63}+)\s*(@|\s*[\[\(\{]\s*at\s*[\]\)\}]\s*|\s+at\s+)\s*)"
            R"(([A-Za-z0-9-]{1,63}(?:(?:\.|\s*[\[\(\{]\s*dot\s*[\]\)\}]\s*|\s+dot\s+)[A-Za-z0-9-]{1,63})*))"
            R"((?:\.|\s*[\[\(\{]\s*dot\s*[\]\)\}]\s*|\s+dot\s+)([A-Za-z]{2,24})\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dot(
        QStringLiteral(R"(\s*[\[\(\{]\s*dot\s*[\]\)\}]\s*|\s+dot\s+)"),
        QRegularExpression::CaseInsensitiveOption);
    Matches matches;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const bool plain = match.captured(2) == QLatin1String("@");
        // Spelled-out forms ("x at y dot com") risk ordinary prose ("I am at home.Call"); trust
        // them only with a top-level domain that mail providers use.
        static const QStringList commonDomains = {
            QStringLiteral("com"),  QStringLiteral("net"), QStringLiteral("org"),
            QStringLiteral("edu"),  QStringLiteral("gov"), QStringLiteral("io"),
            QStringLiteral("co"),   QStringLiteral("uk"),  QStringLiteral("us"),
            QStringLiteral("ca"),   QStringLiteral("de"),  QStringLiteral("fr"),
            QStringLiteral("es"),   QStringLiteral("mx"),  QStringLiteral("au"),
            QStringLiteral("info"), QStringLiteral("me"),  QStringLiteral("biz")};
        if (!plain && !commonDomains.contains(match.captured(4).toLower()))
            continue;
        QString domain = match.captured(3);
        domain.replace(dot, QStringLiteral("."));
        const QString address =
            (match.captured(1) + QLatin1Char('@') + domain + QLatin1Char('.') + match.captured(4))
                .toLower();
        matches.push_back({QStringLiteral("email"), address, match.capturedStart(),
                           match.capturedEnd(), plain ? 0.99 : 0.9});
    }
    return matches;
}

} // namespace threadline::extract
