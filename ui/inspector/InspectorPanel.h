#pragma once

#include <QWidget>

class QTextBrowser;

namespace threadline::ui {

class CaseDocument;

// The Inspector dock: what the window's selection is (type, label, properties, identifiers,
// roles, merges; a tie's links) and its provenance list, read off the UI thread whenever the
// selection changes. Choosing a piece of evidence shows it in the evidence viewer; choosing an
// entity or link named here selects it.
class InspectorPanel final : public QWidget {
    Q_OBJECT

public:
    explicit InspectorPanel(QWidget* parent = nullptr);

    void setDocument(CaseDocument* document);
    QTextBrowser* browser() const { return m_browser; }
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    // The piece of evidence at `index` of the selection's evidence was chosen.
    void evidenceChosen(int index);

private:
    void reread();
    void follow(const QUrl& link);

    CaseDocument* m_document = nullptr;
    QTextBrowser* m_browser;
    int m_generation = 0;
    bool m_reading = false;
};

} // namespace threadline::ui
