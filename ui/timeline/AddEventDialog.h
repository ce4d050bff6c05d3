#pragma once

#include "model/CaseTables.h"

#include <QDialog>
#include <QTimeZone>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QSpinBox;

namespace threadline::ui {

// Asks for an event the analyst found that no source records: its kind, when (in the zone the
// timeline shows, stored in UTC), how long, what happened and why the analyst holds it; those
// who took part are the entities selected.
class AddEventDialog final : public QDialog {
    Q_OBJECT

public:
    AddEventDialog(std::vector<EntityId> entities, const QStringList& names, const QTimeZone& zone,
                   std::int64_t suggestedMs, QWidget* parent = nullptr);
    AnalystEvent event() const;

private:
    std::vector<EntityId> m_entities;
    QTimeZone m_zone;
    QComboBox* m_type;
    QDateTimeEdit* m_when;
    QSpinBox* m_minutes;
    QLineEdit* m_summary;
    QLineEdit* m_reason;
};

} // namespace threadline::ui
