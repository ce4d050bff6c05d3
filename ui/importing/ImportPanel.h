#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace threadline::jobs {
struct ImportSummary;
}

namespace threadline::ui {

// A strip under the sources table that shows a running import (file, progress, Cancel) and,
// afterwards, what it did. Hidden while idle.
class ImportPanel final : public QWidget {
    Q_OBJECT

public:
    explicit ImportPanel(QWidget* parent = nullptr);

    void showStarted(int paths);
    void showProgress(const QString& file, int permille);
    void showFinished(const jobs::ImportSummary& summary);

Q_SIGNALS:
    void cancelRequested();

private:
    QLabel* m_status;
    QProgressBar* m_bar;
    QPushButton* m_cancel;
    QPushButton* m_close;
};

} // namespace threadline::ui
