#include "ingest/Importer.h"

#include <QBuffer>

namespace threadline::ingest {

Result<void> ImportContext::handOverChildren(std::vector<ChildFile>& children,
                                             std::vector<ChildFile>& kept) const {
    for (ChildFile& child : children) {
        if (!storeChild) {
            kept.push_back(std::move(child));
            continue;
        }
        QBuffer content(&child.bytes);
        content.open(QIODevice::ReadOnly);
        if (auto stored = storeChild(child.name, content, child.locator); !stored)
            return stored;
    }
    children.clear();
    return {};
}

} // namespace threadline::ingest
