#pragma once

#include <QWidget>

class QListWidget;

namespace threadline::ui {

// Shown while no case is open: create or open a case, or pick a recent one.
class WelcomePage final : public QWidget {
    Q_OBJECT

public:
    explicit WelcomePage(QWidget* parent = nullptr);
    void setRecentCases(const QStringList& paths);

Q_SIGNALS:
    void newCaseRequested();
    void openCaseRequested();
    void recentCaseChosen(const QString& path);

private:
    QListWidget* m_recent;
};

} // namespace threadline::ui
