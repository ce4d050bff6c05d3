#pragma once

#include "model/Source.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace threadline::ui {

class CaseDocument;

// The sources of the open case, one row per stored file. Reloads when the case changes.
class SourcesModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        FoundIn,
        Size,
        MediaType,
        Status,
        ImportedAt,
        ImportedBy,
        ExhibitRef,
        Sha256,
        ColumnCount
    };
    enum class Role { SourceIdRole = Qt::UserRole + 1, SortRole };

    explicit SourcesModel(QObject* parent = nullptr);

    // Shows the sources of `document` (nullptr: none) and follows its changes.
    void setDocument(CaseDocument* document);
    SourceId sourceAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;

private:
    void reload();
    void show(std::vector<Source> sources);
    QVariant display(const Source& source, int column) const;
    QVariant sortValue(const Source& source, int column) const;

    CaseDocument* m_document = nullptr;
    int m_reading = 0; // the newest read asked of the store worker; older answers are dropped
    std::vector<Source> m_sources;
    QHash<std::int64_t, QString> m_names; // source id -> name, for "found in"
};

} // namespace threadline::ui
