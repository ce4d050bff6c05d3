#pragma once

#include <QLocale>
#include <QString>

#include <cstdint>

namespace threadline::ui {

// "1 link", "1,204 links": a count with its noun, in the locale's digits (the program ships
// no translations, so Qt's "%n item(s)" would show its brackets).
inline QString countOf(std::int64_t count, const QString& one, const QString& many) {
    return QStringLiteral("%1 %2").arg(QLocale().toString(qlonglong(count)),
                                       count == 1 ? one : many);
}

} // namespace threadline::ui
