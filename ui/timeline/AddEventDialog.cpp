#include "timeline/AddEventDialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace threadline::ui {

AddEventDialog::AddEventDialog(std::vector<EntityId> entities, const QStringList& names,
                               const QTimeZone& zone, std::int64_t suggestedMs, QWidget* parent)
    : QDialog(parent)
    , m_entities(std::move(entities))
    , m_zone(zone)
    , m_type(new QComboBox(this))
    , m_when(new QDateTimeEdit(this))
    , m_minutes(new QSpinBox(this))
    , m_summary(new QLineEdit(this))
    , m_reason(new QLineEdit(this)) {
    setWindowTitle(tr("Add Event"));
    m_type->setEditable(true);
    m_type->addItems({QStringLiteral("meeting"), QStringLiteral("call"), QStringLiteral("payment"),
                      QStringLiteral("travel"), QStringLiteral("location"),
                      QStringLiteral("posted")});
    // The edit shows the wall-clock time of the zone (Qt 6.4's edit has no zone of its own):
    // its date and time are read back in that zone.
    const QDateTime suggested = QDateTime::fromMSecsSinceEpoch(suggestedMs, zone);
    m_when->setDateTime(QDateTime(suggested.date(), suggested.time(), QTimeZone::utc()));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_when->setCalendarPopup(true);
    m_minutes->setRange(0, 60 * 24 * 30);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("an instant"));
    m_summary->setPlaceholderText(tr("What happened"));
    m_reason->setPlaceholderText(tr("Why you hold it happened (kept with the event, audited)"));
    auto* who = new QLabel(names.join(QStringLiteral(", ")), this);
    who->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Who took part"), who);
    form->addRow(tr("Kind"), m_type);
    form->addRow(tr("When (%1)").arg(QString::fromUtf8(zone.id())), m_when);
    form->addRow(tr("How long"), m_minutes);
    form->addRow(tr("What"), m_summary);
    form->addRow(tr("Why"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Event"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An analyst's fact needs its reason: the exhibit will say who asserted it and why.
    const auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_reason->text().trimmed().isEmpty() &&
                         !m_type->currentText().trimmed().isEmpty());
    };
    connect(m_reason, &QLineEdit::textChanged, this, updateOk);
    connect(m_type, &QComboBox::currentTextChanged, this, updateOk);
    updateOk();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

AnalystEvent AddEventDialog::event() const {
    const QDateTime wall = m_when->dateTime();
    const QDateTime start =
        QDateTime(wall.date(), wall.time(), m_zone).toTimeZone(QTimeZone::utc());
    const QString ends = m_minutes->value() > 0
                             ? start.addSecs(60LL * m_minutes->value()).toString(Qt::ISODate)
                             : QString();
    return {m_type->currentText().trimmed(),
            start.toString(Qt::ISODate),
            ends,
            m_summary->text().trimmed(),
            m_entities,
            m_reason->text().trimmed()};
}

} // namespace threadline::ui
