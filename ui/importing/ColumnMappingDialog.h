#pragma once

#include "ingest/tabular/CsvReader.h"
#include "ingest/tabular/TableProfile.h"

#include <QDialog>
#include <QHash>

#include <map>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace threadline::ui {

class CaseDocument;

// Maps the columns of a CSV table to roles (caller, callee, amount ...) with a live preview of
// the first rows and of what they would become, and saves the mapping as a profile in the case
// for the next export from the same carrier or bank.
class ColumnMappingDialog final : public QDialog {
    Q_OBJECT

public:
    ColumnMappingDialog(const QString& filePath, CaseDocument& document, QString region,
                        QWidget* parent = nullptr);

    ingest::TableProfile profile() const;

private:
    void buildForm();
    void offerSavedProfiles(std::map<QString, QJsonObject> saved);
    void applyProfile(const ingest::TableProfile& profile);
    void chooseProfile(int index);
    void rebuildRoles();
    void refreshPreview();
    void saveProfile();

    CaseDocument& m_document;
    QString m_fileName;
    QString m_region;
    ingest::CsvTable m_sample; // the first rows of the file
    std::map<QString, QJsonObject> m_saved;
    QComboBox* m_profiles;
    QComboBox* m_kind;
    QFormLayout* m_roles;
    QHash<QString, QComboBox*> m_roleBoxes;
    QTableWidget* m_rows;
    QPlainTextEdit* m_result;
    QLineEdit* m_profileName;
    QLineEdit* m_dateFormat;
    QLabel* m_message;
};

} // namespace threadline::ui
