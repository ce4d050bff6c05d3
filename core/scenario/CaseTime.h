#pragma once

#include "scenario/Random.h"

#include <QDateTime>
#include <QString>

#include <algorithm>
#include <vector>

namespace threadline::scenario {

// When things happen in a generated case: the first half of 2026, UTC, to the minute.
inline QDateTime caseStart() {
    return QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
}
inline QDateTime caseMoment(Random& random, int firstDay = 0, int lastDay = 180) {
    const qint64 minutes = qint64(random.below(std::size_t(lastDay - firstDay) * 24 * 60));
    return caseStart().addDays(firstDay).addSecs(minutes * 60);
}
// `count` moments in time order.
inline std::vector<QDateTime> caseMoments(Random& random, int count, int firstDay = 0,
                                          int lastDay = 180) {
    std::vector<QDateTime> moments;
    for (int i = 0; i < count; ++i)
        moments.push_back(caseMoment(random, firstDay, lastDay));
    std::sort(moments.begin(), moments.end());
    return moments;
}

// "(602) 555-0142": how phones and exports usually print a US number.
inline QString dashedPhone(const QString& digits) {
    return QStringLiteral("(%1) %2-%3").arg(digits.left(3), digits.mid(3, 3), digits.mid(6));
}
inline QString internationalPhone(const QString& digits) {
    return QStringLiteral("+1") + digits;
}

// A CSV field, quoted (inner quotes doubled) when it holds a comma or a quote.
inline QString csvField(const QString& value) {
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QLatin1String("\""), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

} // namespace threadline::scenario
