#pragma once

#include "tables/PagedTableModel.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace threadline::ui {

class CaseDocument;

// One table of the case in a dock: the count, facets by type (and role), a filter applied as
// it is typed, the rows read a page at a time, and "Add to Chart". Its selection is the
// document's: selecting rows selects those items everywhere, and a selection made elsewhere is
// shown here for the rows read so far. The sources table lists files, which are not part of
// the selection: a double-click opens a file's details instead.
class TablePanel final : public QWidget {
    Q_OBJECT

public:
    enum class Lists { Entities, Links, Events, Sources };

    TablePanel(Lists lists, QWidget* parent = nullptr);

    void setDocument(CaseDocument* document);
    PagedTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* filterEdit() const { return m_filter; }

Q_SIGNALS:
    // A row was double-clicked: show the evidence of what it lists (now the selection).
    void evidenceRequested();
    void addToChartRequested(const std::vector<threadline::EntityId>& entities);
    // A source was double-clicked: show its details.
    void sourceChosen(threadline::SourceId source);

private:
    void applyFilter();
    void showCount(std::int64_t rows);
    void showTypes(const TypeCounts& types);
    void selectionEdited();
    void followSelection();
    void fitColumns();
    int columnSortedBy(const QString& key) const;
    std::vector<EntityId> entitiesOfSelectedRows() const;
    void followTimeWindow();

    Lists m_lists;
    CaseDocument* m_document = nullptr;
    PagedTableModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    QComboBox* m_type;
    QComboBox* m_role = nullptr; // entities only
    QLineEdit* m_filter;
    QPushButton* m_addToChart;
    QTimer* m_typing;
    bool m_following = false; // showing the document's selection: not an edit of it
    bool m_columnsFitted = false;
};

} // namespace threadline::ui
