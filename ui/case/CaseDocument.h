#pragma once

#include "case/StoreWorker.h"
#include "model/Ids.h"
#include "store/CaseStore.h"
#include "timeline/TimeWindow.h"

#include <QObject>
#include <QUndoStack>

#include <map>
#include <memory>
#include <vector>

namespace threadline::ui {

class ChartSession;

// What changed in a case, for views to update only what they show.
struct CaseChange {
    enum class What { Sources, Entities, Links, Roles, Chart, Everything };
    What what = What::Everything;
    QString chart;                  // for What::Chart: which chart
    std::vector<EntityId> entities; // the entities concerned; empty: any
};

// The ids selected anywhere in the window; every view follows it and sets it.
struct Selection {
    std::vector<EntityId> entities; // sorted, unique
    std::vector<LinkId> links;
    std::vector<EventId> events;

    bool isEmpty() const { return entities.empty() && links.empty() && events.empty(); }
    bool operator==(const Selection&) const = default;
};

// The one QObject per open case (Tiled's Document): owns the undo stack, the selection, the open
// charts and the worker that reads and writes the store off the UI thread, and says what changed
// with one typed signal. Views listen to this object, never to each other, and edit only by
// pushing undo commands. Lives on the UI thread.
class CaseDocument final : public QObject {
    Q_OBJECT

public:
    static Result<std::unique_ptr<CaseDocument>> create(const QString& path);
    static Result<std::unique_ptr<CaseDocument>> open(const QString& path);
    ~CaseDocument() override;

    QString path() const { return m_path; }
    QString displayName() const;
    // The one way views read and write the case: off the UI thread, in order.
    StoreWorker& worker() { return *m_worker; }
    QUndoStack* undoStack() { return &m_undoStack; }

    // The time window every view observes: what the timeline shows and the range brushed on it.
    TimeWindow& timeWindow() { return m_timeWindow; }

    const Selection& selection() const { return m_selection; }
    void setSelection(Selection selection);
    void selectEntities(std::vector<EntityId> entities);

    // The chart of that name, opened (and loading in the background) on first use; it lives as
    // long as the document, so undo commands can always reach it.
    ChartSession* chart(const QString& name);

    // Saves a column-mapping profile in the case (audited) on the worker, and tells the views.
    QFuture<Result<void>> saveTableProfile(const QString& name, const QJsonObject& profile);

    // Tells the views after work done elsewhere (a background job, another program).
    void notifyChanged(const CaseChange& change = {});
    // Reports a failed background write or read to the window.
    void reportError(const QString& message);
    // Tells the window that background work finished (its status bar shows it).
    void reportDone(const QString& message);

Q_SIGNALS:
    void changed(const threadline::ui::CaseChange& change);
    void selectionChanged();
    void errorOccurred(const QString& message);
    void workDone(const QString& message);

private:
    CaseDocument(QString path, std::unique_ptr<StoreWorker> worker);
    static Result<std::unique_ptr<CaseDocument>> wrap(Result<store::CaseStore> store);

    QString m_path;
    std::unique_ptr<StoreWorker> m_worker;
    QUndoStack m_undoStack;
    Selection m_selection;
    TimeWindow m_timeWindow;
    std::map<QString, std::unique_ptr<ChartSession>> m_charts;
};

} // namespace threadline::ui
