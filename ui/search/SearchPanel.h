#pragma once

#include "search/SearchResults.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace threadline::ui {

class CaseDocument;

// The Search dock: full text over every document and names and identifiers over entities,
// as the analyst types, off the UI thread. An entity found is selected (the inspector and the
// evidence viewer follow); a document found opens in the evidence viewer with the words
// marked. "Add to Chart" puts the entity, or what the document names, on the chart.
class SearchPanel final : public QWidget {
    Q_OBJECT

public:
    explicit SearchPanel(QWidget* parent = nullptr);

    void setDocument(CaseDocument* document);
    QLineEdit* queryEdit() const { return m_query; }
    QListWidget* resultList() const { return m_results; }
    const SearchResults& results() const { return m_found; }
    // Searches now rather than after the typing pause (tests, Return).
    void searchNow();
    // Acts on result `row` as a click does; adds what it names to the chart if `add`.
    void choose(int row, bool add = false);

Q_SIGNALS:
    void documentChosen(threadline::DocumentId document, const QStringList& terms);
    void addToChartRequested(const std::vector<threadline::EntityId>& entities);

private:
    void show(const SearchResults& found);

    CaseDocument* m_document = nullptr;
    QLineEdit* m_query;
    QLabel* m_summary;
    QListWidget* m_results;
    QPushButton* m_addToChart;
    QTimer* m_typing;
    SearchResults m_found;
    int m_generation = 0;
};

} // namespace threadline::ui
