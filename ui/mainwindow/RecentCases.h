#pragma once

#include <QStringList>

namespace threadline::ui {

// The most recently opened case files, newest first, kept in the user's QSettings.
class RecentCases {
public:
    static constexpr int kMaximum = 8;

    QStringList paths() const; // only files that still exist
    void add(const QString& path);
};

} // namespace threadline::ui
