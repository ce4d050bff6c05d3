#pragma once

#include "chart/ChartChange.h"
#include "graph/ChartDrawing.h"
#include "graph/Layout.h"
#include "model/CaseContents.h"
#include "store/ChartStore.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QVariantAnimation;

namespace threadline::ui {

class CaseDocument;

// One open chart of a case: the chart as the analyst edits it (kept here, saved through the
// document's store worker), what is drawn of it (ChartScene) and the long work on it (expand,
// layout) run off the UI thread. Every edit is an undo command on the document's stack. Owned
// by the CaseDocument; lives on the UI thread.
class ChartSession final : public QObject {
    Q_OBJECT

public:
    ChartSession(CaseDocument& document, QString name);
    ~ChartSession() override;

    const QString& name() const { return m_name; }
    CaseDocument& document() { return m_document; }
    bool isLoaded() const { return m_loaded; }
    bool exists() const { return m_exists; }
    const Chart& chart() const { return m_chart; }
    const ChartScene& scene() const { return m_scene; }
    // What the style draws (sizes, communities), measured off the UI thread after each edit.
    const chart::ChartMeasures& measures() const { return m_measures; }

    // Reads the chart and its members from the store (again): loaded() when they can be drawn,
    // then the links among them in the background (isComplete(), sceneChanged()).
    void load();
    bool isComplete() const { return m_complete; }
    // Creates the chart in the case if it is not there yet; then `items` are added as one edit.
    void createWith(std::vector<ChartItem> items, const QString& text);
    // Adds entities chosen elsewhere (a table, a search) beside what the chart holds, as one
    // edit; those already on it stay where they are.
    void addEntities(const std::vector<EntityId>& entities, const QString& text);
    // Builds the case's key players (chart::keyPlayerItems) off the UI thread and adds them.
    void addKeyPlayers();

    // Pushes the edit as an undo command; `text` names it in the undo history.
    void edit(chart::ChartChange change, const QString& text);
    // Adds what the entities are linked to (after reading the store off the UI thread).
    void expand(std::vector<EntityId> entities, const NeighbourFilter& filter, const QString& text);
    // Adds what ties the entities together in the whole case: the shortest path between two of
    // them, or the connecting network of several; connectionsFound() names what it found.
    void addConnections(std::vector<EntityId> entities, bool shortestPathOnly);
    // The shortest path from `from` to the entity named `target` (an identifier as typed, a
    // label, or "#id"), added like addConnections().
    void addPathTo(EntityId from, const QString& target);
    // Merges `absorbed` into `survivor` in the case and takes `absorbed` off the chart (its
    // links now end at the survivor), as one undo step.
    void mergeInto(EntityId survivor, EntityId absorbed, const QString& reason);
    // Lays the chart out off the UI thread, animates the nodes there, then pushes the move.
    void startLayout(graph::LayoutAlgorithm algorithm, bool fresh = false);
    void cancelLayout() { m_cancelLayout = true; }
    bool isLayingOut() const { return m_layingOut; }

    // Moves drawn nodes without editing the chart (a drag in progress); nodes the scene no
    // longer has (it was rebuilt meanwhile) are left out.
    void previewPositions(const std::vector<std::pair<SceneIndex, QPointF>>& moves);

    // For ChartEditCommand only: applies a change here and saves it.
    void applyChange(const chart::ChartChange& change, store::EditKind kind);

Q_SIGNALS:
    void loaded();
    void sceneChanged();
    // 0..1000 while a layout runs (emitted from the layout's thread, delivered queued).
    void layoutProgress(int permille);
    void layoutFinished(bool applied);
    void busyChanged(const QString& what); // empty when idle
    // addConnections() found these entities (empty: nothing ties them).
    void connectionsFound(const std::vector<threadline::EntityId>& entities);

private:
    void rebuildScene();
    void reloadContents();
    // Measures the chart again off the UI thread if its style needs measures, then redraws;
    // otherwise drops the measures at once (the caller rebuilds the scene).
    void remeasure();
    void animateTo(const chart::ChartChange& change);

    CaseDocument& m_document;
    QString m_name;
    Chart m_chart;
    ChartContents m_contents;
    chart::ChartMeasures m_measures;
    int m_measuring = 0;     // generation of the newest measuring asked; older results are dropped
    int m_reading = 0;       // the same for reading the contents
    int m_building = 0;      // ... and for building the scene of a big chart
    bool m_complete = false; // the contents hold the links too
    ChartScene m_scene;
    bool m_loaded = false;
    bool m_exists = false;
    bool m_layingOut = false;
    std::atomic<bool> m_cancelLayout = false;
    QPointer<QVariantAnimation> m_animation;
};

} // namespace threadline::ui
