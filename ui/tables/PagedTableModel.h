#pragma once

#include "model/CaseTables.h"
#include "util/Error.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace threadline::store {
class CaseStore;
}

namespace threadline::ui {

class CaseDocument;

// A row as a table shows it: the item's id and its cells in words.
struct TableRow {
    std::int64_t id = 0;
    QStringList cells;
    QString toolTip;
    std::vector<EntityId> entities; // the entities it is or joins: what "Add to Chart" adds
    bool failed = false;            // drawn in the colour of errors (a source that failed)
};

struct TableColumn {
    QString title;
    QString sortKey; // a table_columns key; empty: the column cannot be sorted
    bool alignRight = false;
    bool stretch = false; // takes the width the others leave
};

// What a table lists and how it reads it from the store, on the store worker: a page of rows,
// how many rows the query has, and the facet of types.
struct TableSpec {
    QString noun; // "entities", for the heading
    std::vector<TableColumn> columns;
    QString defaultSort;
    std::function<Result<std::vector<TableRow>>(store::CaseStore&, const TableQuery&)> readPage;
    std::function<Result<std::int64_t>(store::CaseStore&, const TableQuery&)> count;
    std::function<Result<TypeCounts>(store::CaseStore&)> types;
    // Where an item sits in a listing (-1: not in it); empty for tables that cannot say.
    std::function<Result<std::int64_t>(store::CaseStore&, const TableQuery&, std::int64_t)>
        position;
};

// A table of a case read a page at a time on the store worker (canFetchMore / fetchMore): a
// million rows open as fast as a hundred, and only the pages scrolled to are ever read. Sorting
// and filtering ask the store again, in an order its indexes hold. Answers to an older query
// are dropped.
class PagedTableModel final : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit PagedTableModel(TableSpec spec, QObject* parent = nullptr);

    // Lists the rows of `document` (nullptr: none) and reads them again when the case changes.
    void setDocument(CaseDocument* document);
    const TableSpec& spec() const { return m_spec; }
    // The facets and the filter as typed; reading starts again from the first page.
    void setFilter(const QString& type, const QString& role, const QString& text);
    // Events only: those in [from, to) (UTC, ISO 8601; empty: no bound), the range brushed on
    // the timeline.
    void setTimeRange(const QString& from, const QString& to);
    const TableQuery& query() const { return m_query; }

    // Reads on until the row of `id` is in the table, when it is listed within the first
    // kRevealRows rows (a selection made on the chart, shown in the table).
    static constexpr std::int64_t kRevealRows = 20000;
    void reveal(std::int64_t id);

    std::int64_t idAt(int row) const;
    const TableRow* rowAt(int row) const;
    int rowOf(std::int64_t id) const; // -1 when not read yet
    // How many rows the store has read for this model so far (tests count them).
    std::int64_t rowsRead() const { return m_rowsRead; }
    bool isReading() const { return m_reading; }
    bool hasReadAll() const { return m_exhausted; }
    // The rows the query has in all, once counted; -1 before.
    std::int64_t totalRows() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const final;
    bool canFetchMore(const QModelIndex& parent) const final;
    void fetchMore(const QModelIndex& parent) final;
    void sort(int column, Qt::SortOrder order) final;

Q_SIGNALS:
    // The rows the query has in all, and per type (the facet), once counted.
    void counted(std::int64_t rows);
    void typesCounted(const threadline::TypeCounts& types);
    void pageRead(); // a page arrived

private:
    enum class Recount { No, Rows, RowsAndTypes };
    void restart(Recount recount);
    void take(int generation, std::int64_t offset, Result<std::vector<TableRow>> rows);
    void append(std::vector<TableRow> rows);

    TableSpec m_spec;
    CaseDocument* m_document = nullptr;
    TableQuery m_query;
    std::vector<TableRow> m_rows;
    QHash<std::int64_t, int> m_rowOfId;
    int m_generation = 0; // of the query; answers to older ones are dropped
    // The newest generation, for the worker to skip reads queued for older ones.
    std::shared_ptr<std::atomic<int>> m_latest = std::make_shared<std::atomic<int>>(0);
    bool m_reading = false;
    bool m_exhausted = true;
    std::int64_t m_rowsRead = 0;
    std::int64_t m_total = -1;
    std::int64_t m_readUntil = 0; // rows to read on to, for reveal()
};

} // namespace threadline::ui
