#pragma once

#include "exhibit/ExhibitModel.h"
#include "exhibit/Redaction.h"
#include "store/CaseStore.h"

namespace threadline::exhibit {

// Reads what an exhibit of `request.chart` shows, redacted by `redactor`: the chart's scene, its
// entities and links with their first pieces of evidence, the sources they cite, and the title
// block from the case (`casePath` names it).
Result<ExhibitModel> readExhibit(const store::CaseStore& store, const QString& casePath,
                                 const ExhibitRequest& request, const Redactor& redactor,
                                 const store::ProgressCallback& progress = {});

// "6 Dec 2026, 02:06 UTC" for "2026-12-06T02:06:18Z".
QString timeInWords(const QString& isoUtc);

} // namespace threadline::exhibit
