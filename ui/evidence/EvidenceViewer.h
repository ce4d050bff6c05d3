#pragma once

#include "evidence/EvidenceRendering.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTextBrowser;

namespace threadline::ui {

class CaseDocument;

// The Evidence dock: the original behind the window's selection with the place marked (a PDF
// page with its word boxes, an OCR'd photo, the text of an e-mail, ad, table row or phone
// record with the span), one piece at a time: "3 of 17", previous and next. Opens the
// source's details and saves a verified copy of the original. Reads and draws off the UI
// thread.
class EvidenceViewer final : public QWidget {
    Q_OBJECT

public:
    explicit EvidenceViewer(QWidget* parent = nullptr);

    void setDocument(CaseDocument* document);
    // Shows the piece at `index` of the selection's evidence.
    void showEvidence(int index);
    // Shows a document found by a search, with the words searched for marked.
    void showDocument(DocumentId document, const QStringList& terms);

    int evidenceCount() const { return int(m_evidence.size()); }
    int currentIndex() const { return m_index; }
    const Evidence* currentEvidence() const;
    const EvidenceSight& sight() const { return m_sight; }
    bool isReading() const { return m_reading > 0; }

Q_SIGNALS:
    void shown(); // a piece of evidence or a document is on screen
    // "Source Details…" was clicked for the file shown.
    void sourceDetailsRequested(threadline::SourceId source);

private:
    void rereadSelection();
    void showSight(const EvidenceSight& sight);
    void showProblem(const QString& problem);
    void describePosition();
    void saveCopy();
    int drawingWidth() const;
    SourceId currentSource() const;

    CaseDocument* m_document = nullptr;
    std::vector<Evidence> m_evidence;
    int m_index = -1;
    EvidenceSight m_sight;
    SourceId m_shownSource; // of a search result shown outside the selection's evidence
    int m_generation = 0;
    int m_reading = 0;

    QPushButton* m_previous;
    QPushButton* m_next;
    QLabel* m_position;
    QLabel* m_where;
    QPushButton* m_details;
    QPushButton* m_save;
    QStackedWidget* m_pages;
    QScrollArea* m_pictureArea;
    QLabel* m_picture;
    QTextBrowser* m_text;
};

} // namespace threadline::ui
