#pragma once

// For core tests that import files into a fresh case with every importer the program ships.
#include "DefaultImporters.h"
#include "TestSupport.h"
#include "jobs/ImportJob.h"
#include "store/CaseStore.h"

namespace threadline::testing {

struct ImportedCase {
    store::CaseStore store;
    jobs::ImportSummary summary;
};

inline ImportedCase importIntoNewCase(const Scratch& scratch, const QStringList& paths,
                                      const jobs::ImportOptions& options = {}) {
    auto store = store::CaseStore::create(scratch.path(QStringLiteral("case.tlcase")));
    REQUIRE(store);
    const ingest::ImporterRegistry registry = app::makeDefaultImporters();
    jobs::ImportSummary summary = jobs::ImportJob(*store, registry, options).run(paths);
    return {std::move(*store), std::move(summary)};
}

// The same with the limit for a file held whole lowered, so that small test files are read in
// parts as files of gigabytes are.
inline ImportedCase importWithLimit(const Scratch& scratch, const QStringList& paths,
                                    std::int64_t maxBytes) {
    jobs::ImportOptions options;
    options.limits.maxBytes = maxBytes;
    return importIntoNewCase(scratch, paths, options);
}

inline void requireVerified(const store::CaseStore& store) {
    auto report = store.verify();
    REQUIRE(report);
    CHECK(report->passed());
}

} // namespace threadline::testing
