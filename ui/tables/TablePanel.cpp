#include "tables/TablePanel.h"

#include "case/CaseDocument.h"
#include "tables/CaseTableSpecs.h"
#include "timeline/Timeline.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace threadline::ui {

namespace {

constexpr int kTypingPauseMs = 180;

TableSpec specOf(TablePanel::Lists lists) {
    switch (lists) {
    case TablePanel::Lists::Entities:
        return entitiesTable();
    case TablePanel::Lists::Links:
        return linksTable();
    case TablePanel::Lists::Events:
        return eventsTable();
    case TablePanel::Lists::Sources:
        return sourcesTable();
    }
    return entitiesTable();
}

QString filterHint(TablePanel::Lists lists) {
    switch (lists) {
    case TablePanel::Lists::Entities:
        return TablePanel::tr("Filter by label…");
    case TablePanel::Lists::Links:
        return TablePanel::tr("Filter by either end's label…");
    case TablePanel::Lists::Events:
        return TablePanel::tr("Filter by what happened…");
    case TablePanel::Lists::Sources:
        return TablePanel::tr("Filter by file name…");
    }
    return {};
}

QTableView* makeView(PagedTableModel* model, QWidget* parent) {
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    for (int column = 0; column < model->columnCount(); ++column)
        if (model->spec().columns[std::size_t(column)].stretch)
            view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    return view;
}

} // namespace

TablePanel::TablePanel(Lists lists, QWidget* parent)
    : QWidget(parent)
    , m_lists(lists)
    , m_model(new PagedTableModel(specOf(lists), this))
    , m_view(makeView(m_model, this))
    , m_count(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_addToChart(new QPushButton(tr("Add to Chart"), this))
    , m_typing(new QTimer(this)) {
    m_filter->setPlaceholderText(filterHint(lists));
    m_filter->setClearButtonEnabled(true);
    m_type->setToolTip(tr("Show one type only"));
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_addToChart->setToolTip(tr("Put what the selected rows name on the chart"));
    m_addToChart->setEnabled(false);
    m_typing->setSingleShot(true);
    m_typing->setInterval(kTypingPauseMs);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_count);
    bar->addWidget(m_type);
    if (lists == Lists::Entities) {
        m_role = new QComboBox(this);
        m_role->setToolTip(tr("Show entities marked with one role only"));
        m_role->addItem(tr("Any role or none"), QString());
        for (const QString& role : knownRoles())
            m_role->addItem(role, role);
        bar->addWidget(m_role);
        connect(m_role, &QComboBox::currentIndexChanged, this, &TablePanel::applyFilter);
    }
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_addToChart);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_view->horizontalHeader()->setSortIndicator(columnSortedBy(m_model->spec().defaultSort),
                                                 Qt::AscendingOrder);

    connect(m_filter, &QLineEdit::textEdited, m_typing, qOverload<>(&QTimer::start));
    connect(m_filter, &QLineEdit::returnPressed, this, &TablePanel::applyFilter);
    connect(m_typing, &QTimer::timeout, this, &TablePanel::applyFilter);
    connect(m_type, &QComboBox::activated, this, &TablePanel::applyFilter);
    connect(m_model, &PagedTableModel::counted, this, &TablePanel::showCount);
    connect(m_model, &PagedTableModel::typesCounted, this, &TablePanel::showTypes);
    connect(m_model, &PagedTableModel::pageRead, this, &TablePanel::followSelection);
    connect(m_model, &PagedTableModel::pageRead, this, &TablePanel::fitColumns);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TablePanel::selectionEdited);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_lists == Lists::Sources)
            Q_EMIT sourceChosen(SourceId{m_model->idAt(index.row())});
        else
            Q_EMIT evidenceRequested();
    });
    m_addToChart->setVisible(lists != Lists::Sources);
    connect(m_addToChart, &QPushButton::clicked, this,
            [this] { Q_EMIT addToChartRequested(entitiesOfSelectedRows()); });
    // A column the store cannot sort by keeps the indicator where the rows really are sorted.
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                const auto& columns = m_model->spec().columns;
                if (column >= 0 && column < int(columns.size()) &&
                    !columns[std::size_t(column)].sortKey.isEmpty())
                    return;
                QSignalBlocker blocker(m_view->horizontalHeader());
                m_view->horizontalHeader()->setSortIndicator(
                    columnSortedBy(m_model->query().column),
                    m_model->query().descending ? Qt::DescendingOrder : Qt::AscendingOrder);
            });
}

// The column whose sort key is `key` (the rows' order), for the header's indicator.
int TablePanel::columnSortedBy(const QString& key) const {
    const auto& columns = m_model->spec().columns;
    const auto sorted =
        std::find_if(columns.begin(), columns.end(),
                     [&](const TableColumn& column) { return column.sortKey == key; });
    return int(sorted - columns.begin());
}

// The columns fit the first page read of a case (no wider than a third of the view each), then
// keep the widths the analyst gives them.
void TablePanel::fitColumns() {
    if (m_columnsFitted || m_model->rowCount() == 0)
        return;
    m_columnsFitted = true;
    const int widest = std::max(240, m_view->viewport()->width() / 3);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (m_model->spec().columns[std::size_t(column)].stretch)
            continue;
        m_view->resizeColumnToContents(column);
        m_view->setColumnWidth(column, std::min(m_view->columnWidth(column) + 12, widest));
    }
}

void TablePanel::followTimeWindow() {
    const auto filter =
        m_document && m_lists == Lists::Events ? m_document->timeWindow().filter() : std::nullopt;
    m_model->setTimeRange(filter ? timeline::storedTime(filter->from) : QString(),
                          filter ? timeline::storedTime(filter->to) : QString());
}

void TablePanel::setDocument(CaseDocument* document) {
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_columnsFitted = false;
    m_type->clear();
    m_filter->clear();
    m_count->setText(document ? tr("Reading…") : QString());
    if (m_document)
        connect(m_document, &CaseDocument::selectionChanged, this, &TablePanel::followSelection);
    if (m_document && m_lists == Lists::Events) // the events of the range brushed on the timeline
        connect(&m_document->timeWindow(), &TimeWindow::filterChanged, this,
                &TablePanel::followTimeWindow);
    m_model->setDocument(document);
    followTimeWindow();
}

void TablePanel::applyFilter() {
    m_typing->stop();
    m_model->setFilter(m_type->currentData().toString(),
                       m_role ? m_role->currentData().toString() : QString(),
                       m_filter->text().trimmed());
}

void TablePanel::showCount(std::int64_t rows) {
    const TableQuery& query = m_model->query();
    const bool inRange = !query.from.isEmpty() || !query.to.isEmpty();
    const bool filtered =
        !query.type.isEmpty() || !query.role.isEmpty() || !query.text.isEmpty() || inRange;
    const QString range = inRange ? tr(" in the range brushed on the timeline") : QString();
    if (rows == 0 && !filtered)
        m_count->setText(tr("No %1 yet: import files to find them").arg(m_model->spec().noun));
    else if (rows == 0)
        m_count->setText(tr("No %1 match").arg(m_model->spec().noun) + range);
    else
        m_count->setText(QStringLiteral("<b>%1</b> %2")
                             .arg(QLocale().toString(qlonglong(rows)), m_model->spec().noun) +
                         range);
}

void TablePanel::showTypes(const TypeCounts& types) {
    const QString current = m_type->currentData().toString();
    std::int64_t all = 0;
    for (const auto& [type, count] : types)
        all += count;
    QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItem(tr("All types (%1)").arg(QLocale().toString(qlonglong(all))), QString());
    for (const auto& [type, count] : types)
        m_type->addItem(QStringLiteral("%1 (%2)").arg(type, QLocale().toString(qlonglong(count))),
                        type);
    m_type->setCurrentIndex(std::max(0, m_type->findData(current)));
}

std::vector<EntityId> TablePanel::entitiesOfSelectedRows() const {
    std::vector<EntityId> entities;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        if (const TableRow* row = m_model->rowAt(index.row()))
            entities.insert(entities.end(), row->entities.begin(), row->entities.end());
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    return entities;
}

// The analyst selected rows here: that is now the window's selection.
void TablePanel::selectionEdited() {
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    m_addToChart->setEnabled(!rows.isEmpty());
    if (m_following || !m_document || m_lists == Lists::Sources)
        return;
    Selection selection;
    for (const QModelIndex& index : rows) {
        const std::int64_t id = m_model->idAt(index.row());
        switch (m_lists) {
        case Lists::Entities:
            selection.entities.push_back(EntityId{id});
            break;
        case Lists::Links:
            selection.links.push_back(LinkId{id});
            break;
        case Lists::Events:
            selection.events.push_back(EventId{id});
            break;
        case Lists::Sources:
            break;
        }
    }
    m_document->setSelection(std::move(selection));
}

// Shows the window's selection among the rows read so far.
void TablePanel::followSelection() {
    if (!m_document)
        return;
    std::vector<std::int64_t> ids;
    const Selection& selection = m_document->selection();
    switch (m_lists) {
    case Lists::Entities:
        for (EntityId id : selection.entities)
            ids.push_back(id.value);
        break;
    case Lists::Links:
        for (LinkId id : selection.links)
            ids.push_back(id.value);
        break;
    case Lists::Events:
        for (EventId id : selection.events)
            ids.push_back(id.value);
        break;
    case Lists::Sources:
        return; // files are not selected on the chart or elsewhere
    }
    QItemSelection rows;
    for (std::int64_t id : ids)
        if (const int row = m_model->rowOf(id); row >= 0)
            rows.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    if (ids.size() == 1 && rows.isEmpty())
        m_model->reveal(ids.front()); // read on to it; shown here when its page arrives
    m_following = true;
    m_view->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    if (!rows.isEmpty())
        m_view->scrollTo(rows.indexes().front());
    m_following = false;
    m_addToChart->setEnabled(!rows.isEmpty());
}

} // namespace threadline::ui
