#pragma once

#include "store/CaseStore.h"

#include <QObject>

#include <memory>

namespace threadline::ui {

// The one QObject per open case: owns the store handle and tells views when the case changed.
// Views listen to this object, never to each other. Lives on the UI thread.
class CaseDocument final : public QObject {
    Q_OBJECT

public:
    static Result<std::unique_ptr<CaseDocument>> create(const QString& path);
    static Result<std::unique_ptr<CaseDocument>> open(const QString& path);

    QString path() const { return m_store.path(); }
    QString displayName() const;
    const store::CaseStore& store() const { return m_store; }

    // Saves a column-mapping profile in the case (audited) and tells the views.
    Result<void> saveTableProfile(const QString& name, const QJsonObject& profile);

    // Re-reads the store after work done elsewhere (a background job, another program).
    void notifyChanged();

Q_SIGNALS:
    void changed();

private:
    explicit CaseDocument(store::CaseStore store)
        : m_store(std::move(store)) {}
    store::CaseStore m_store;
};

} // namespace threadline::ui
