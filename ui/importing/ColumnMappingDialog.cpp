#include "importing/ColumnMappingDialog.h"

#include "case/CaseDocument.h"
#include "ingest/tabular/CsvImporter.h"
#include "ingest/text/TextDecoding.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace threadline::ui {

namespace {

constexpr qint64 kSampleBytes = 256 * 1024;
constexpr int kPreviewRows = 20;
const QString kNotMapped = QObject::tr("— not in this file —");

ingest::CsvTable readSample(const QString& filePath) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    ingest::CsvTable table = ingest::readCsv(ingest::decodeText(file.read(kSampleBytes)).text);
    if (table.rows.size() > kPreviewRows + 1)
        table.rows.resize(kPreviewRows); // the last row read may be cut short
    return table;
}

// One line per link the preview rows would make: "+16025550142 called +14805550177".
QString describe(const ingest::ImportResult& result) {
    QString text = QObject::tr("From %1 rows: %2 entities, %3 links, %4 events\n\n")
                       .arg(result.documents.size())
                       .arg(result.entities.size())
                       .arg(result.links.size())
                       .arg(result.events.size());
    QHash<int, QString> times; // link index -> when, so date parsing can be checked by eye
    for (const ingest::ExtractedEvent& event : result.events)
        times.insert(event.link, event.occurredAt);
    for (std::size_t index = 0; index < result.links.size(); ++index) {
        const ingest::ExtractedLink& link = result.links[index];
        text += QStringLiteral("%1  %2  %3    %4\n")
                    .arg(result.entities[std::size_t(link.from)].label, link.type,
                         result.entities[std::size_t(link.to)].label, times.value(int(index)));
    }
    for (const ingest::ExtractedEntity& entity : result.entities)
        if (result.links.empty())
            text += QStringLiteral("%1: %2\n").arg(entity.type, entity.label);
    return text;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString& filePath, CaseDocument& document,
                                         QString region, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
    , m_fileName(QFileInfo(filePath).fileName())
    , m_region(std::move(region))
    , m_sample(readSample(filePath)) {
    setObjectName(QStringLiteral("ColumnMappingDialog"));
    setWindowTitle(tr("Map the columns of %1").arg(m_fileName));
    buildForm();
    document.worker()
        .run([](store::CaseStore& store) { return store.tableProfiles(); })
        .then(this, [this](Result<std::map<QString, QJsonObject>> saved) {
            if (saved)
                offerSavedProfiles(std::move(*saved));
        });
    chooseProfile(0);
    resize(1100, 640);
}

void ColumnMappingDialog::offerSavedProfiles(std::map<QString, QJsonObject> saved) {
    m_saved = std::move(saved);
    for (const auto& [name, profile] : m_saved)
        m_profiles->addItem(tr("Saved profile: %1").arg(name), name);
}

void ColumnMappingDialog::buildForm() {
    m_profiles = new QComboBox(this);
    m_profiles->setObjectName(QStringLiteral("ProfileBox"));
    m_profiles->addItem(tr("Recognised from the header"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("KindBox"));
    for (auto kind : {ingest::TableKind::Calls, ingest::TableKind::Payments,
                      ingest::TableKind::Contacts, ingest::TableKind::Generic})
        m_kind->addItem(ingest::toString(kind), int(kind));
    connect(m_profiles, &QComboBox::activated, this, &ColumnMappingDialog::chooseProfile);
    connect(m_kind, &QComboBox::activated, this, [this] {
        rebuildRoles();
        refreshPreview();
    });

    auto* rolesBox = new QGroupBox(tr("Columns"), this);
    m_roles = new QFormLayout(rolesBox);
    m_roles->addRow(tr("Profile"), m_profiles);
    m_roles->addRow(tr("Rows are"), m_kind);
    m_dateFormat = new QLineEdit(this);
    m_dateFormat->setObjectName(QStringLiteral("DateFormat"));
    m_dateFormat->setPlaceholderText(tr("recognise (or e.g. dd/MM/yyyy HH:mm)"));
    connect(m_dateFormat, &QLineEdit::editingFinished, this, &ColumnMappingDialog::refreshPreview);
    m_roles->addRow(tr("Dates"), m_dateFormat);

    m_rows = new QTableWidget(this);
    m_rows->setObjectName(QStringLiteral("PreviewRows"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->verticalHeader()->hide();
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(QStringLiteral("PreviewResult"));
    m_result->setReadOnly(true);
    auto* preview = new QSplitter(Qt::Vertical, this);
    preview->addWidget(m_rows);
    preview->addWidget(m_result);

    auto* body = new QSplitter(this);
    body->addWidget(rolesBox);
    body->addWidget(preview);
    body->setStretchFactor(1, 3);

    m_profileName = new QLineEdit(this);
    m_profileName->setPlaceholderText(tr("profile name, e.g. carrier-x-cdr"));
    m_profileName->setMinimumWidth(280);
    auto* save = new QPushButton(tr("Save as Profile"), this);
    connect(save, &QPushButton::clicked, this, &ColumnMappingDialog::saveProfile);
    m_message = new QLabel(this);
    auto* saving = new QHBoxLayout;
    saving->addWidget(m_profileName);
    saving->addWidget(save);
    saving->addWidget(m_message, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>%1</b> · %2 columns · preview of the first %3 rows")
                                     .arg(m_fileName)
                                     .arg(m_sample.header.size())
                                     .arg(m_sample.rows.size()),
                                 this));
    layout->addWidget(body, 1);
    layout->addLayout(saving);
    layout->addWidget(buttons);
}

void ColumnMappingDialog::chooseProfile(int index) {
    const QString name = m_profiles->itemData(index).toString();
    const auto saved = m_saved.find(name);
    applyProfile(saved == m_saved.end() ? ingest::detectProfile(m_sample.header)
                                        : ingest::TableProfile::fromJson(saved->second));
}

void ColumnMappingDialog::applyProfile(const ingest::TableProfile& profile) {
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));
    m_dateFormat->setText(profile.dateFormat);
    rebuildRoles();
    for (auto it = m_roleBoxes.begin(); it != m_roleBoxes.end(); ++it) {
        const int found = it.value()->findText(profile.columns.value(it.key()));
        it.value()->setCurrentIndex(found > 0 ? found : 0);
    }
    if (profile.name != QLatin1String("detected"))
        m_profileName->setText(profile.name);
    refreshPreview();
}

void ColumnMappingDialog::rebuildRoles() {
    while (m_roles->rowCount() > 3) // profile, kind and date format stay
        m_roles->removeRow(3);
    m_roleBoxes.clear();
    const auto kind = ingest::TableKind(m_kind->currentData().toInt());
    const ingest::TableProfile detected = ingest::detectProfile(m_sample.header);
    for (const QString& role : ingest::rolesFor(kind)) {
        auto* box = new QComboBox(this);
        box->setObjectName(QStringLiteral("Role_") + role);
        box->addItem(kNotMapped);
        box->addItems(m_sample.header);
        const int found = box->findText(detected.columns.value(role));
        box->setCurrentIndex(found > 0 ? found : 0);
        connect(box, &QComboBox::activated, this, &ColumnMappingDialog::refreshPreview);
        m_roles->addRow(role, box);
        m_roleBoxes.insert(role, box);
    }
}

ingest::TableProfile ColumnMappingDialog::profile() const {
    ingest::TableProfile profile;
    profile.name = m_profileName->text().trimmed().isEmpty() ? QStringLiteral("mapped")
                                                             : m_profileName->text().trimmed();
    profile.kind = ingest::TableKind(m_kind->currentData().toInt());
    profile.dateFormat = m_dateFormat->text().trimmed();
    for (auto it = m_roleBoxes.begin(); it != m_roleBoxes.end(); ++it)
        if (it.value()->currentIndex() > 0)
            profile.columns.insert(it.key(), it.value()->currentText());
    return profile;
}

void ColumnMappingDialog::refreshPreview() {
    const ingest::TableProfile current = profile();
    m_rows->setColumnCount(int(m_sample.header.size()));
    m_rows->setRowCount(int(m_sample.rows.size()));
    for (int column = 0; column < m_sample.header.size(); ++column) {
        const QString role = current.columns.key(m_sample.header[column]);
        m_rows->setHorizontalHeaderItem(
            column, new QTableWidgetItem(role.isEmpty() ? m_sample.header[column]
                                                        : QStringLiteral("%1 → %2").arg(
                                                              m_sample.header[column], role)));
    }
    for (int row = 0; row < int(m_sample.rows.size()); ++row)
        for (int column = 0; column < m_sample.rows[std::size_t(row)].cells.size(); ++column)
            m_rows->setItem(row, column,
                            new QTableWidgetItem(m_sample.rows[std::size_t(row)].cells[column]));
    m_rows->resizeColumnsToContents();

    ingest::ImportContext context;
    context.fileName = m_fileName;
    context.region = m_region;
    context.tableProfile = current.toJson();
    ingest::ImportResult result;
    auto added = ingest::addTable(m_sample, m_fileName, context, result);
    m_result->setPlainText(added ? describe(result) : added.error().message);
}

void ColumnMappingDialog::saveProfile() {
    const ingest::TableProfile current = profile();
    if (m_profileName->text().trimmed().isEmpty()) {
        m_message->setText(tr("Give the profile a name first."));
        return;
    }
    m_message->setText(tr("Saving…"));
    m_document.saveTableProfile(current.name, current.toJson())
        .then(this, [this, name = current.name](Result<void> saved) {
            m_message->setText(saved ? tr("Saved profile “%1” in this case.").arg(name)
                                     : saved.error().message);
        });
}

} // namespace threadline::ui
