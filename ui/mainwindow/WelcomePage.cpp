#include "mainwindow/WelcomePage.h"

#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace threadline::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this)) {
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/threadline.svg")).pixmap(64, 64));
    auto* title = new QLabel(tr("<h2>Threadline</h2><p>Start a case, or open one you worked on "
                                "before. A case is one file that holds the original evidence "
                                "unchanged, what was found in it, and an audit trail of every "
                                "change.</p>"),
                             this);
    title->setWordWrap(true);
    auto* heading = new QHBoxLayout;
    heading->addWidget(icon, 0, Qt::AlignTop);
    heading->addWidget(title, 1);
    auto* newCase = new QPushButton(tr("New Case…"), this);
    auto* openCase = new QPushButton(tr("Open Case…"), this);
    connect(newCase, &QPushButton::clicked, this, &WelcomePage::newCaseRequested);
    connect(openCase, &QPushButton::clicked, this, &WelcomePage::openCaseRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        Q_EMIT recentCaseChosen(item->data(Qt::UserRole).toString());
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(newCase);
    buttons->addWidget(openCase);
    buttons->addStretch();

    auto* column = new QVBoxLayout;
    column->addStretch(1);
    column->addLayout(heading);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(new QLabel(tr("Recent cases"), this));
    column->addWidget(m_recent);
    column->addStretch(2);
    m_recent->setMaximumHeight(220);

    auto* centred = new QHBoxLayout(this);
    centred->addStretch(1);
    centred->addLayout(column, 2);
    centred->addStretch(1);
}

void WelcomePage::setRecentCases(const QStringList& paths) {
    m_recent->clear();
    if (paths.isEmpty()) {
        auto* placeholder = new QListWidgetItem(tr("No recent cases"), m_recent);
        placeholder->setFlags(Qt::NoItemFlags);
    }
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(
            tr("%1    %2").arg(QFileInfo(path).completeBaseName(), path), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
}

} // namespace threadline::ui
