#include "case/CaseEdits.h"

#include "case/CaseDocument.h"
#include "case/CountWords.h"
#include "case/StoreEditCommand.h"
#include "store/DecisionStore.h"

#include <QObject>

#include <algorithm>
#include <memory>

namespace threadline::ui {

namespace {

// Runs `each` on every entity, stopping at the first failure.
template <typename Each> Result<void> forEach(const std::vector<EntityId>& entities, Each each) {
    for (EntityId entity : entities)
        if (auto done = each(entity); !done)
            return std::unexpected(done.error());
    return {};
}

// A step whose store call's value is not needed, only whether it worked.
template <typename Call> StoreEditCommand::Step step(Call call) {
    return [call](store::CaseStore& store) -> Result<void> {
        if (auto done = call(store); !done)
            return std::unexpected(done.error());
        return {};
    };
}

} // namespace

void markRole(CaseDocument& document, const std::vector<EntityId>& entities,
              const std::vector<EntityId>& have, const QString& role, bool mark) {
    std::vector<EntityId> touched;
    for (EntityId entity : entities)
        if ((std::find(have.begin(), have.end(), entity) != have.end()) != mark)
            touched.push_back(entity);
    if (touched.empty())
        return;
    auto change = [touched, role](bool marking) -> StoreEditCommand::Step {
        return [touched, role, marking](store::CaseStore& store) {
            return forEach(touched, [&](EntityId entity) {
                return marking ? store.decisions().markRole(entity, role,
                                                            QObject::tr("marked on the chart"))
                               : store.decisions().unmarkRole(entity, role,
                                                              QObject::tr("unmarked on the chart"));
            });
        };
    };
    const QString text =
        mark ? QObject::tr("Mark %n as %1", nullptr, int(touched.size())).arg(role)
             : QObject::tr("Unmark %n as %1", nullptr, int(touched.size())).arg(role);
    document.undoStack()->push(new StoreEditCommand(document, text, change(mark), change(!mark),
                                                    {CaseChange::What::Roles, {}, touched}));
}

void protectIdentities(CaseDocument& document, const std::vector<EntityId>& entities,
                       const QString& rule, const QString& reason) {
    if (entities.empty())
        return;
    auto protect = [entities, rule, reason](store::CaseStore& store) {
        return forEach(entities, [&](EntityId entity) {
            return store.decisions().protectEntity(entity, rule, {}, reason);
        });
    };
    auto release = [entities](store::CaseStore& store) {
        return forEach(entities, [&](EntityId entity) {
            return store.decisions().releaseEntity(entity, QObject::tr("undone"));
        });
    };
    document.undoStack()->push(
        new StoreEditCommand(document,
                             QObject::tr("Protect %1")
                                 .arg(countOf(qint64(entities.size()), QObject::tr("identity"),
                                              QObject::tr("identities"))),
                             protect, release, {CaseChange::What::Roles, {}, entities}));
}

void drawLink(CaseDocument& document, EntityId from, EntityId to, const QString& type,
              const QString& reason) {
    // Undo takes back only a link this command drew, not one drawn before with the same type
    // (both steps run on the worker's one thread, one after the other).
    auto drew = std::make_shared<bool>(false);
    auto draw = step([=](store::CaseStore& store) {
        auto drawn = store.decisions().drawLink(from, to, type, reason);
        *drew = drawn && *drawn == 1;
        return drawn;
    });
    auto retract = step([=](store::CaseStore& store) -> Result<int> {
        if (!*drew)
            return 0;
        return store.decisions().retractDrawnLink(from, to, type,
                                                  QObject::tr("undone: %1").arg(reason));
    });
    document.undoStack()->push(
        new StoreEditCommand(document, QObject::tr("Draw a %1 link").arg(type), draw, retract,
                             {CaseChange::What::Links, {}, {from, to}}));
}

void addEvent(CaseDocument& document, const AnalystEvent& event) {
    // The id the store gave the event, for its undo (both steps run on the worker's one thread).
    auto added = std::make_shared<EventId>();
    auto record = [=](store::CaseStore& store) -> Result<void> {
        auto id = store.decisions().addEvent(event);
        if (!id)
            return std::unexpected(id.error());
        *added = *id;
        return {};
    };
    auto retract = [=](store::CaseStore& store) -> Result<void> {
        if (!added->isValid())
            return {};
        return store.decisions().retractEvent(*added, QObject::tr("undone: %1").arg(event.reason));
    };
    document.undoStack()->push(
        new StoreEditCommand(document, QObject::tr("Add a %1 event").arg(event.type), record,
                             retract, {CaseChange::What::Everything, {}, event.entities}));
}

void mergeEntities(CaseDocument& document, EntityId survivor, EntityId absorbed,
                   const QString& reason) {
    auto merge = step([=](store::CaseStore& store) {
        return store.decisions().mergeEntities(survivor, absorbed, reason);
    });
    auto split = step([=](store::CaseStore& store) {
        return store.decisions().splitEntity(absorbed, QObject::tr("undone: %1").arg(reason));
    });
    document.undoStack()->push(
        new StoreEditCommand(document, QObject::tr("Merge two entities"), merge, split,
                             {CaseChange::What::Entities, {}, {survivor, absorbed}}));
}

} // namespace threadline::ui
