#pragma once

#include "exhibit/ExhibitModel.h"

#include <QDialog>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace threadline::ui {

class CaseDocument;

// Export a chart as a court exhibit: number, who prepared it, how protected identities are
// shown (as protected, or by the US public-filing rules), the timeline, the PNG's resolution,
// a zip, the folder. The preview is the package itself, written off the UI thread into a
// scratch folder: its first chart page and the first page of its appendix, as the court will
// see them. Progress and Cancel for big charts; the export is audited.
class ExhibitDialog final : public QDialog {
    Q_OBJECT

public:
    ExhibitDialog(CaseDocument& document, const QString& chart, QWidget* parent = nullptr);
    ~ExhibitDialog() override;

    exhibit::ExhibitRequest request() const;
    // Writes the preview now (also asked when the options change).
    void refreshPreview();
    // The pages shown, once a preview was written (tests).
    QImage chartPreview() const { return m_chartPage; }
    QImage appendixPreview() const { return m_appendixPage; }
    bool busy() const { return m_running; }
    // Exports into the folder chosen (as the Export button does).
    void exportNow();

Q_SIGNALS:
    void previewReady();
    void exported(const QString& folder, const QString& manifestSha256);

private:
    void showPages();
    void setRunning(bool running, const QString& status);

    CaseDocument& m_document;
    QString m_chart;
    QLineEdit* m_number;
    QLineEdit* m_preparedBy;
    QComboBox* m_shownAs;
    QCheckBox* m_timeline;
    QSpinBox* m_dpi;
    QCheckBox* m_zip;
    QLineEdit* m_folder;
    QLabel* m_chartView;
    QLabel* m_appendixView;
    QLabel* m_status;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QDialogButtonBox* m_buttons;
    std::unique_ptr<QTemporaryDir> m_scratch;
    QImage m_chartPage, m_appendixPage;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    bool m_running = false;
    int m_generation = 0;
};

} // namespace threadline::ui
