// CaseStore: the handles on its parts, each the part of the case one concern needs.
#include "store/AnalysisStore.h"
#include "store/CaseStore.h"
#include "store/ChartStore.h"
#include "store/Database.h"
#include "store/DecisionStore.h"
#include "store/FactStore.h"
#include "store/TableStore.h"

namespace threadline::store {

ChartStore CaseStore::charts() const {
    return ChartStore(*m_database);
}

DecisionStore CaseStore::decisions() const {
    return DecisionStore(*m_database);
}

FactStore CaseStore::facts() const {
    return FactStore(*m_database);
}

TableStore CaseStore::tables() const {
    return TableStore(*m_database);
}

AnalysisStore CaseStore::analyses() const {
    return AnalysisStore(*m_database);
}

} // namespace threadline::store
