#pragma once

#include "ingest/ImporterRegistry.h"

namespace threadline::app {

// Every importer this build ships, in one registry. Called once per program (or worker thread).
ingest::ImporterRegistry makeDefaultImporters();

} // namespace threadline::app
