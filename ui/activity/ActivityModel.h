#pragma once

#include "model/CaseContents.h"

#include <QAbstractTableModel>

#include <vector>

namespace threadline::ui {

class CaseDocument;

// The audit log of the open case, newest first, in words an investigator reads. Read by the
// document's store worker; the rows change when the read comes back.
class ActivityModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Time, User, Action, Details, ColumnCount };

    explicit ActivityModel(QObject* parent = nullptr);
    void setDocument(CaseDocument* document);

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

private:
    void reload();

    CaseDocument* m_document = nullptr;
    std::vector<AuditEntry> m_entries; // newest first
    int m_reading = 0;                 // the newest read asked; older answers are dropped
};

} // namespace threadline::ui
