#include "util/Environment.h"

#include <QDateTime>

#include <pwd.h>
#include <unistd.h>

namespace threadline {

namespace {

QString lookUpOsUser() {
    // The password database is authoritative; $USER can be unset under sudo, cron or CI.
    if (const passwd* entry = getpwuid(geteuid()); entry && entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER");
    return fromEnvironment.isEmpty() ? QStringLiteral("uid %1").arg(geteuid()) : fromEnvironment;
}

} // namespace

// Read once: every audit entry and every source names the user, and reading the password
// database cost 4% of a folder-of-mail import.
QString currentOsUser() {
    static const QString user = lookUpOsUser();
    return user;
}

QString utcNowIso() {
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace threadline
