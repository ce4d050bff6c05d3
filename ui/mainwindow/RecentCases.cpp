#include "mainwindow/RecentCases.h"

#include <QFileInfo>
#include <QSettings>

namespace threadline::ui {

namespace {
const QString kKey = QStringLiteral("recentCases");
}

QStringList RecentCases::paths() const {
    QStringList existing;
    for (const QString& path : QSettings().value(kKey).toStringList())
        if (QFileInfo::exists(path))
            existing << path;
    return existing;
}

void RecentCases::add(const QString& path) {
    QStringList paths = QSettings().value(kKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    QSettings().setValue(kKey, QStringList(paths.mid(0, kMaximum)));
}

} // namespace threadline::ui
