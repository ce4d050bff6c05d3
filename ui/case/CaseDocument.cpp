#include "case/CaseDocument.h"

#include <QFileInfo>

namespace threadline::ui {

namespace {

Result<std::unique_ptr<CaseDocument>>
wrap(Result<store::CaseStore> store, std::unique_ptr<CaseDocument> (*make)(store::CaseStore)) {
    if (!store)
        return std::unexpected(store.error());
    return make(std::move(*store));
}

} // namespace

Result<std::unique_ptr<CaseDocument>> CaseDocument::create(const QString& path) {
    return wrap(store::CaseStore::create(path), [](store::CaseStore store) {
        return std::unique_ptr<CaseDocument>(new CaseDocument(std::move(store)));
    });
}

Result<std::unique_ptr<CaseDocument>> CaseDocument::open(const QString& path) {
    return wrap(store::CaseStore::open(path), [](store::CaseStore store) {
        return std::unique_ptr<CaseDocument>(new CaseDocument(std::move(store)));
    });
}

QString CaseDocument::displayName() const {
    return QFileInfo(path()).completeBaseName();
}

void CaseDocument::notifyChanged() {
    Q_EMIT changed();
}

Result<void> CaseDocument::saveTableProfile(const QString& name, const QJsonObject& profile) {
    auto saved = m_store.saveTableProfile(name, profile);
    if (saved)
        Q_EMIT changed();
    return saved;
}

} // namespace threadline::ui
