#include "util/Error.h"

namespace threadline {

QString Error::toString() const {
    QString text;
    if (!file.isEmpty())
        text += file + QStringLiteral(": ");
    if (!location.isEmpty())
        text += location + QStringLiteral(": ");
    return text + message;
}

} // namespace threadline
