#include "activity/AuditWords.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <functional>

namespace threadline::ui {

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("AuditWords", text);
}

using Describe = std::function<QString(const QJsonObject&)>;

QString text(const QJsonObject& details, const char* key) {
    return details.value(QLatin1String(key)).toString();
}

qint64 number(const QJsonObject& details, const char* key) {
    return details.value(QLatin1String(key)).toInteger();
}

// What a chart edit did ("add", "layout" ...), to how many items, on which chart.
QString chartEdit(const QJsonObject& details, const QString& how) {
    static const QHash<QString, const char*> verbs{
        {QStringLiteral("add"), QT_TRANSLATE_NOOP("AuditWords", "added %1 items")},
        {QStringLiteral("expand"), QT_TRANSLATE_NOOP("AuditWords", "expanded into %1 items")},
        {QStringLiteral("remove"), QT_TRANSLATE_NOOP("AuditWords", "removed %1 items")},
        {QStringLiteral("move"), QT_TRANSLATE_NOOP("AuditWords", "moved %1 items")},
        {QStringLiteral("layout"), QT_TRANSLATE_NOOP("AuditWords", "laid out %1 items")},
        {QStringLiteral("pin"), QT_TRANSLATE_NOOP("AuditWords", "pinned or unpinned %1 items")},
        {QStringLiteral("hide"), QT_TRANSLATE_NOOP("AuditWords", "hid or showed %1 items")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("AuditWords", "grouped %1 items")},
        {QStringLiteral("ungroup"), QT_TRANSLATE_NOOP("AuditWords", "ungrouped %1 items")},
        {QStringLiteral("style"), QT_TRANSLATE_NOOP("AuditWords", "restyled the chart")},
        {QStringLiteral("viewport"), QT_TRANSLATE_NOOP("AuditWords", "moved the view")},
    };
    const QString action = text(details, "action");
    const char* verb = verbs.value(action, nullptr);
    const QString done = verb ? tr(verb).arg(number(details, "items"))
                              : tr("%1 (%2 items)").arg(action).arg(number(details, "items"));
    return tr("%1 on the chart “%2”: %3").arg(how, text(details, "chart"), done);
}

const QHash<QString, std::pair<const char*, Describe>>& auditWords() {
    static const QHash<QString, std::pair<const char*, Describe>> words{
        {QStringLiteral("chart.created"),
         {QT_TRANSLATE_NOOP("AuditWords", "Chart created"),
          [](const QJsonObject& d) { return tr("“%1”").arg(text(d, "chart")); }}},
        {QStringLiteral("chart.edited"),
         {QT_TRANSLATE_NOOP("AuditWords", "Chart edited"),
          [](const QJsonObject& d) { return chartEdit(d, tr("Edit")); }}},
        {QStringLiteral("chart.undone"),
         {QT_TRANSLATE_NOOP("AuditWords", "Chart edit undone"),
          [](const QJsonObject& d) { return chartEdit(d, tr("Undo")); }}},
        {QStringLiteral("chart.redone"),
         {QT_TRANSLATE_NOOP("AuditWords", "Chart edit redone"),
          [](const QJsonObject& d) { return chartEdit(d, tr("Redo")); }}},
        {QStringLiteral("chart.laid-out"),
         {QT_TRANSLATE_NOOP("AuditWords", "Chart laid out"),
          [](const QJsonObject& d) { return chartEdit(d, tr("Layout")); }}},
        {QStringLiteral("entity.role-marked"),
         {QT_TRANSLATE_NOOP("AuditWords", "Role marked"),
          [](const QJsonObject& d) {
              return tr("%1 marked as %2 (%3)")
                  .arg(text(d, "label"), text(d, "role"), text(d, "reason"));
          }}},
        {QStringLiteral("entity.role-unmarked"),
         {QT_TRANSLATE_NOOP("AuditWords", "Role taken away"),
          [](const QJsonObject& d) {
              return tr("%1 no longer marked as %2 (%3)")
                  .arg(text(d, "label"), text(d, "role"), text(d, "reason"));
          }}},
        {QStringLiteral("entity.protected"),
         {QT_TRANSLATE_NOOP("AuditWords", "Identity protected"),
          [](const QJsonObject& d) {
              return tr("#%1 protected: exhibits show it as %2 (%3)")
                  .arg(number(d, "entity"))
                  .arg(text(d, "shown_as"), text(d, "reason"));
          }}},
        {QStringLiteral("entity.released"),
         {QT_TRANSLATE_NOOP("AuditWords", "Protection released"),
          [](const QJsonObject& d) {
              return tr("#%1 (shown as %2) no longer protected (%3)")
                  .arg(number(d, "entity"))
                  .arg(text(d, "shown_as"), text(d, "reason"));
          }}},
        {QStringLiteral("exhibit.exported"),
         {QT_TRANSLATE_NOOP("AuditWords", "Exhibit exported"),
          [](const QJsonObject& d) {
              return tr("Exhibit %1 of chart %2 exported (manifest SHA-256 %3)")
                  .arg(text(d, "exhibit"), text(d, "chart"), text(d, "manifest_sha256"));
          }}},
        {QStringLiteral("event.added"),
         {QT_TRANSLATE_NOOP("AuditWords", "Event added"),
          [](const QJsonObject& d) {
              return tr("%1 at %2 added by the analyst: %3 (%4)")
                  .arg(text(d, "type"), text(d, "at"), text(d, "summary"), text(d, "reason"));
          }}},
        {QStringLiteral("event.retracted"),
         {QT_TRANSLATE_NOOP("AuditWords", "Event taken back"),
          [](const QJsonObject& d) {
              return tr("%1 at %2 taken back (%3)")
                  .arg(text(d, "type"), text(d, "at"), text(d, "reason"));
          }}},
        {QStringLiteral("entity.merged"),
         {QT_TRANSLATE_NOOP("AuditWords", "Entities merged"),
          [](const QJsonObject& d) {
              return tr("#%1 merged into #%2: %3")
                  .arg(number(d, "absorbed"))
                  .arg(number(d, "survivor"))
                  .arg(text(d, "reason"));
          }}},
        {QStringLiteral("entity.split"),
         {QT_TRANSLATE_NOOP("AuditWords", "Merge reversed"),
          [](const QJsonObject& d) {
              return tr("#%1 split from #%2: %3")
                  .arg(number(d, "absorbed"))
                  .arg(number(d, "survivor"))
                  .arg(text(d, "reason"));
          }}},
        {QStringLiteral("analysis.linked"),
         {QT_TRANSLATE_NOOP("AuditWords", "Links found"),
          [](const QJsonObject& d) {
              if (text(d, "analysis") == QLatin1String("analyst"))
                  return tr("%1 link drawn by the analyst").arg(number(d, "links_added"));
              const QString found =
                  tr("%1 new links by %2").arg(number(d, "links_added")).arg(text(d, "analysis"));
              return number(d, "candidates") > 0
                         ? tr("%1, of %2 candidates").arg(found).arg(number(d, "candidates"))
                         : found;
          }}},
        {QStringLiteral("link.retracted"),
         {QT_TRANSLATE_NOOP("AuditWords", "Drawn link taken back"),
          [](const QJsonObject& d) {
              return tr("%1 link between #%2 and #%3 (%4)")
                  .arg(text(d, "type"))
                  .arg(number(d, "from"))
                  .arg(number(d, "to"))
                  .arg(text(d, "reason"));
          }}},
        {QStringLiteral("profile.saved"),
         {QT_TRANSLATE_NOOP("AuditWords", "Column profile saved"),
          [](const QJsonObject& d) { return tr("“%1”").arg(text(d, "name")); }}},
        {QStringLiteral("case.created"),
         {QT_TRANSLATE_NOOP("AuditWords", "Case created"),
          [](const QJsonObject& d) {
              return tr("Threadline %1, schema %2")
                  .arg(text(d, "threadline_version"))
                  .arg(number(d, "schema_version"));
          }}},
        {QStringLiteral("source.added"),
         {QT_TRANSLATE_NOOP("AuditWords", "Source added"),
          [](const QJsonObject& d) {
              return tr("%1 (%2), SHA-256 %3…")
                  .arg(text(d, "name"),
                       QLocale().formattedDataSize(number(d, "size"), 1, QLocale::DataSizeSIFormat),
                       text(d, "sha256").left(16));
          }}},
        {QStringLiteral("source.imported"),
         {QT_TRANSLATE_NOOP("AuditWords", "Source imported"),
          [](const QJsonObject& d) {
              return tr("source #%1 by the %2 importer: %3 documents, %4 new entities, %5 "
                        "links, %6 events, %7 warnings")
                  .arg(number(d, "source_id"))
                  .arg(text(d, "importer"))
                  .arg(number(d, "documents"))
                  .arg(number(d, "entities_created"))
                  .arg(number(d, "links"))
                  .arg(number(d, "events"))
                  .arg(number(d, "warnings"));
          }}},
        {QStringLiteral("source.copied"),
         {QT_TRANSLATE_NOOP("AuditWords", "Copy of an original saved"),
          [](const QJsonObject& d) {
              return tr("source #%1 to %2, SHA-256 %3… checked")
                  .arg(number(d, "source"))
                  .arg(text(d, "to"), text(d, "sha256").left(16));
          }}},
        {QStringLiteral("source.import_failed"),
         {QT_TRANSLATE_NOOP("AuditWords", "Import failed"),
          [](const QJsonObject& d) {
              return tr("source #%1: %2").arg(number(d, "source_id")).arg(text(d, "error"));
          }}},
    };
    return words;
}

} // namespace

QString describeAuditAction(const QString& action) {
    const auto found = auditWords().constFind(action);
    return found == auditWords().cend() ? action : tr(found->first);
}

QString describeAuditDetails(const AuditEntry& entry) {
    const auto found = auditWords().constFind(entry.action);
    if (found == auditWords().cend())
        return entry.detailsJson;
    return found->second(QJsonDocument::fromJson(entry.detailsJson.toUtf8()).object());
}

} // namespace threadline::ui
