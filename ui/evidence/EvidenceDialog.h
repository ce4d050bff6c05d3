#pragma once

#include "model/CaseContents.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QTreeWidget;

namespace threadline::ui {

class CaseDocument;

// "Show evidence" for an entity on a chart: every assertion behind it, each with its source
// file, the place in it, the quoted text and who asserted it. Read off the UI thread. The
// inspector and evidence viewer docks (issue 18) will show the same rows beside the original.
class EvidenceDialog final : public QDialog {
    Q_OBJECT

public:
    EvidenceDialog(CaseDocument& document, EntityId entity, const QString& label,
                   QWidget* parent = nullptr);

private:
    void fill(const std::vector<Evidence>& rows);

    QLabel* m_summary;
    QTreeWidget* m_rows;
};

} // namespace threadline::ui
