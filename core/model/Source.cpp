#include "model/Source.h"

namespace threadline {

QString toString(SourceStatus status) {
    switch (status) {
    case SourceStatus::Stored:
        return QStringLiteral("stored");
    case SourceStatus::Imported:
        return QStringLiteral("imported");
    case SourceStatus::Partial:
        return QStringLiteral("partial");
    case SourceStatus::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("stored");
}

SourceStatus sourceStatusFromString(const QString& text) {
    for (SourceStatus status :
         {SourceStatus::Imported, SourceStatus::Partial, SourceStatus::Failed})
        if (text == toString(status))
            return status;
    return SourceStatus::Stored;
}

} // namespace threadline
