#pragma once

#include "graph/Network.h"
#include "model/CaseContents.h"

namespace threadline::graph {

// The network of the rows a CaseStore gave (CaseStore::networkRows). Ties whose summed weight
// stays below `minimumWeight` are left out (their nodes stay).
Network buildNetwork(const NetworkRows& rows, double minimumWeight = 0);

} // namespace threadline::graph
