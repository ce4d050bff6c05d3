#pragma once

#include "model/ImportResult.h"
#include "util/Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <functional>

namespace threadline::ingest {

// Limits that keep a hostile file from exhausting the machine.
struct ImportLimits {
    std::int64_t maxBytes = std::int64_t(1) << 30; // a source or member read into memory
    // All members of one container. They stream to the case one at a time, and the ratio below
    // stops bombs, so this only bounds the disk a seized phone dump of many gigabytes may take.
    std::int64_t maxExpandedBytes = std::int64_t(1) << 40;
    double maxExpansionRatio = 200; // bytes expanded per compressed byte read, over a container
    int maxMembers = 100000;
    int maxNestingDepth = 8;
    std::int64_t maxImagePixels = 100'000'000;
    int maxPages = 5000;
    int maxSecondsPerFile = 600;
    int workers = 0; // threads an importer may run (OCR of a scanned PDF's pages); 0: one per core
};

// Everything an importer may know about the source besides its bytes.
struct ImportContext {
    QString fileName;                      // for messages and extension-based choices
    QString mediaType;                     // as sniffed when the source was stored
    QString region = QStringLiteral("US"); // default region for national phone numbers (ISO 3166)
    int depth = 0;                         // nesting depth of containers above this source
    QJsonObject
        tableProfile; // the analyst's column mapping for tables (TableProfile); empty: detect
    ImportLimits limits;
    // Reports progress as a fraction 0..1; returns false when the user cancelled.
    std::function<bool(double)> progress;

    // When set, an importer that reads a big file in parts hands each part here, in order, as soon
    // as it is ready (the import job writes it into the case while the next parts are read), and
    // returns only what is left. An error stops the import and is returned.
    std::function<Result<void>(ImportResult&& part)> writePart;

    // When set, an importer that finds files inside the source (an archive's members) hands each
    // here as it reads it, instead of returning it among the children: the import job stores it
    // as a child source straight from `content` (read to its end, a chunk at a time) and imports it
    // after this source, so a container of any size is never held whole. An error stops the
    // import and is returned.
    std::function<Result<void>(const QString& name, QIODevice& content, const JsonText& locator)>
        storeChild;

    bool cancelled(double fraction) const { return progress && !progress(fraction); }

    // Hands `children` found in a part to storeChild when it is set (emptying them), else moves
    // them to `kept`, to be returned with the rest of the import.
    Result<void> handOverChildren(std::vector<ChildFile>& children,
                                  std::vector<ChildFile>& kept) const;
};

// One family of formats. Importers hold no state between calls and never touch the store:
// bytes in, an ImportResult out. Errors name the file and the place inside it.
class Importer {
public:
    virtual ~Importer() = default;
    // Stable name recorded with every fact, e.g. "email"; and a version bumped when output changes.
    virtual QString name() const = 0;
    virtual QString version() const = 0;
    // How well this importer fits the file: 0 not at all; 100 certain. The registry picks the best.
    virtual int fitness(const QByteArray& head, const ImportContext& context) const = 0;
    virtual Result<ImportResult> import(const QByteArray& bytes,
                                        const ImportContext& context) const = 0;

    // An importer that can read a file of any size a part at a time overrides these: whether
    // this file (by its first bytes) can be read so, and the import itself, which hands each part
    // to context.writePart (always set then) and returns what is left. A file over
    // ImportLimits::maxBytes is imported this way, from the case's copy, or refused before it is
    // stored.
    virtual bool readsInParts(const QByteArray& head) const {
        (void)head;
        return false;
    }
    virtual Result<ImportResult> importInParts(QIODevice& device,
                                               const ImportContext& context) const {
        (void)device;
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("this kind of file cannot be read in parts"), context.fileName);
    }
};

} // namespace threadline::ingest
