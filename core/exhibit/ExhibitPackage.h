#pragma once

#include "exhibit/ExhibitModel.h"
#include "store/CaseStore.h"

#include <QStringList>

namespace threadline::exhibit {

// What was written: the package folder (and zip), its files, and the SHA-256 of its manifest,
// which the prosecutor notes in the filing so that the manifest itself cannot be swapped.
struct ExhibitSummary {
    QString folder;
    QString zip;
    QStringList files;
    QString manifestSha256;
    int chartPages = 0;
};

// Writes an exhibit package of a chart into `folder` (which must not exist or be empty):
// exhibit.pdf (title block, the chart as the view draws it, tiled over several pages when big,
// legend), exhibit.svg and exhibit.png of its first page, appendix.pdf (every item's sources,
// then the methods), items.csv, timeline.pdf and .svg when asked, and manifest.json. Protected
// identities appear only as they are shown. The same chart of the same case gives the same
// bytes. The files are written beside the folder first and moved there whole.
Result<ExhibitSummary> writeExhibit(const store::CaseStore& store, const QString& casePath,
                                    const ExhibitRequest& request, const QString& folder,
                                    const store::ProgressCallback& progress = {});
// writeExhibit(), then the export recorded in the audit log (a preview is not recorded).
Result<ExhibitSummary> exportExhibit(store::CaseStore& store, const QString& casePath,
                                     const ExhibitRequest& request, const QString& folder,
                                     const store::ProgressCallback& progress = {});

// What checking a package found: one line per problem, naming the file.
struct ExhibitCheck {
    QStringList problems;
    int filesChecked = 0;
    int sourcesChecked = 0;
    bool passed() const { return problems.isEmpty(); }
};

// Checks a package (a folder or its zip) against its manifest: every file listed has its
// hash, none is missing, none was added. With the case, every source the package cites is in
// it with that hash, and the audit entry it names is in the case's chain.
Result<ExhibitCheck> verifyExhibit(const QString& package, const store::CaseStore* store = nullptr);

} // namespace threadline::exhibit
