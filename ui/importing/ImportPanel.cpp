#include "importing/ImportPanel.h"

#include "jobs/ImportJob.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace threadline::ui {

ImportPanel::ImportPanel(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Dismiss"), this)) {
    setObjectName(QStringLiteral("ImportPanel"));
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setMaximumWidth(320);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    layout->addWidget(m_close);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling after the current step…"));
        Q_EMIT cancelRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    hide();
}

void ImportPanel::showStarted(int paths) {
    m_status->setText(paths == 1 ? tr("Importing 1 item…") : tr("Importing %1 items…").arg(paths));
    m_bar->setValue(0);
    m_bar->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_close->hide();
    show();
}

void ImportPanel::showProgress(const QString& file, int permille) {
    if (!m_cancel->isEnabled())
        return;
    m_status->setText(tr("Importing %1…").arg(QFileInfo(file).fileName()));
    m_bar->setValue(permille);
}

void ImportPanel::showFinished(const jobs::ImportSummary& summary) {
    m_bar->hide();
    m_cancel->hide();
    m_close->show();
    QString text = tr("Import %1: %2 imported, %3 failed")
                       .arg(summary.cancelled ? tr("cancelled") : tr("finished"))
                       .arg(summary.imported())
                       .arg(summary.failed());
    if (summary.failed() > 0)
        text += tr(" (see the Status column of the sources table)");
    m_status->setText(text);
    show();
}

} // namespace threadline::ui
