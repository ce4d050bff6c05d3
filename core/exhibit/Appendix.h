#pragma once

#include "exhibit/ExhibitModel.h"
#include "exhibit/ReportWriter.h"

namespace threadline::store {
struct VerificationReport;
} // namespace threadline::store

namespace threadline::exhibit {

// The source appendix: for every entity and link shown, where it comes from (file, SHA-256,
// place, the words quoted, who asserted it), after the sources cited and the protected
// identities (by pseudonym only).
void writeAppendix(ReportWriter& report, const ExhibitModel& model);

// How the case was built, as forensic reports are expected to read: scope, the tools and their
// versions, the sources with their import times and users, the hashes verified at export, what
// software did and what the analyst did, and the known limitations. `verified` is null for a
// preview, which re-hashes nothing.
void writeMethods(ReportWriter& report, const ExhibitModel& model,
                  const store::VerificationReport* verified);

} // namespace threadline::exhibit
