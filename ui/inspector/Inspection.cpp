#include "inspector/Inspection.h"

#include "evidence/SelectionEvidence.h"
#include "model/Locator.h"
#include "store/FactStore.h"
#include "tables/CaseTableSpecs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace threadline::ui {

namespace {

constexpr std::size_t kEntitiesListed = 40;
constexpr std::size_t kLinksListed = 200;

QString tr(const char* text) {
    return QCoreApplication::translate("Inspector", text);
}

QString escaped(const QString& text) {
    return text.toHtmlEscaped();
}

QString heading(const QString& kind, const QString& label) {
    if (label.isEmpty())
        return QStringLiteral("<p style='margin-bottom:2px; color:#5b6770'>%1</p>")
            .arg(escaped(kind));
    return QStringLiteral("<p style='margin-bottom:2px'><span style='color:#5b6770'>%1</span><br>"
                          "<span style='font-size:large; font-weight:600'>%2</span></p>")
        .arg(escaped(kind), escaped(label));
}

QString section(const QString& title) {
    return QStringLiteral("<h4 style='margin-top:12px; margin-bottom:2px; color:#34495e'>%1</h4>")
        .arg(escaped(title));
}

QString valueText(const QJsonValue& value) {
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(value.toDouble(), 'g', 12);
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    const QJsonDocument nested =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(nested.toJson(QJsonDocument::Compact));
}

// Property names as words: "posted_at" -> "posted at".
QString propertiesTable(const QString& json) {
    const QJsonObject properties = QJsonDocument::fromJson(json.toUtf8()).object();
    if (properties.isEmpty())
        return {};
    QString rows;
    for (auto field = properties.begin(); field != properties.end(); ++field) {
        const QString text = valueText(field.value());
        rows += QStringLiteral("<tr><td style='color:#5b6770; padding-right:8px'>%1</td>"
                               "<td>%2</td></tr>")
                    .arg(escaped(QString(field.key()).replace(u'_', u' ')), escaped(text));
    }
    return section(tr("Properties")) + QStringLiteral("<table>") + rows +
           QStringLiteral("</table>");
}

QString entityHtml(const EntityProfile& profile) {
    QString html = heading(profile.entity.type, profile.entity.label);
    html += QStringLiteral("<p style='color:#5b6770'>#%1</p>").arg(profile.entity.id.value);
    if (!profile.roles.empty()) {
        html += section(tr("Roles"));
        for (const RoleMark& mark : profile.roles)
            html += QStringLiteral("<p><b>%1</b> — %2, %3%4</p>")
                        .arg(escaped(mark.role), escaped(mark.analyst), displayTime(mark.at),
                             mark.reason.isEmpty()
                                 ? QString()
                                 : QStringLiteral(": “%1”").arg(escaped(mark.reason)));
    }
    if (!profile.identifiers.empty()) {
        html += section(tr("Identifiers"));
        for (const IdentifierValue& identifier : profile.identifiers)
            html += QStringLiteral("<p style='margin:0'><span style='color:#5b6770'>%1</span> "
                                   "<tt>%2</tt></p>")
                        .arg(escaped(identifier.kind), escaped(identifier.value));
    }
    html += propertiesTable(profile.entity.propertiesJson);
    if (!profile.merges.empty()) {
        html += section(tr("Merges and splits"));
        for (const MergeDecision& decision : profile.merges)
            html += QStringLiteral("<p>%1 #%2 into #%3 — %4, %5%6</p>")
                        .arg(decision.action == QLatin1String("merge") ? tr("Merged") : tr("Split"))
                        .arg(decision.absorbed.value)
                        .arg(decision.survivor.value)
                        .arg(escaped(decision.analyst), displayTime(decision.at),
                             decision.reason.isEmpty()
                                 ? QString()
                                 : QStringLiteral(": “%1”").arg(escaped(decision.reason)));
    }
    return html;
}

QString linkLine(const LinkProfile& profile) {
    return QStringLiteral("%1 %2 %3")
        .arg(escaped(profile.fromLabel),
             profile.link.directed ? QStringLiteral("→") : QStringLiteral("—"),
             escaped(profile.toLabel));
}

QString linkHtml(const LinkProfile& profile) {
    QString html = heading(tr("Link: %1").arg(profile.link.type), {});
    html += QStringLiteral("<p style='font-size:large; font-weight:600; margin-top:0'>%1</p>")
                .arg(linkLine(profile));
    html += propertiesTable(profile.propertiesJson);
    if (!profile.events.empty()) {
        html += section(tr("Events (%1)").arg(profile.events.size()));
        for (const Event& event : profile.events)
            html += QStringLiteral("<p style='margin:0'>%1 · %2 · %3</p>")
                        .arg(displayTime(event.occurredAt), escaped(event.type),
                             escaped(event.summary.simplified().left(120)));
    }
    return html;
}

// When a link's events happened: the first one's time, and how many more; "undated" if none.
QString whenOf(const LinkProfile& profile) {
    if (profile.events.empty())
        return tr("undated");
    const QString first = displayTime(profile.events.front().occurredAt);
    return profile.events.size() == 1
               ? first
               : tr("%1 and %2")
                     .arg(first, countOf(std::int64_t(profile.events.size() - 1), tr("more event"),
                                         tr("more events")));
}

// A tie on the chart: every link it sums, by type, each a link to select it alone.
QString linksHtml(const std::vector<LinkProfile>& links) {
    QString html = heading(
        tr("Tie"), countOf(std::int64_t(links.size()), tr("link summed"), tr("links summed")));
    html += QStringLiteral("<p>%1</p>").arg(linkLine(links.front()));
    for (const LinkProfile& profile : links)
        html += QStringLiteral("<p style='margin:0'><a href='link:%1'>%2</a> · %3 · %4</p>")
                    .arg(profile.link.id.value)
                    .arg(escaped(profile.link.type), linkLine(profile), whenOf(profile));
    return html;
}

QString eventHtml(const EventProfile& profile) {
    QString html =
        heading(tr("Event: %1").arg(profile.event.type), displayTime(profile.event.occurredAt));
    if (!profile.event.endsAt.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>").arg(tr("until"), displayTime(profile.event.endsAt));
    html += QStringLiteral("<p>%1</p>").arg(escaped(profile.event.summary));
    if (!profile.event.entityLabels.isEmpty()) {
        html += section(tr("Who took part"));
        for (qsizetype index = 0; index < profile.event.entityLabels.size(); ++index)
            html += QStringLiteral("<p style='margin:0'><a href='entity:%1'>%2</a></p>")
                        .arg(profile.event.entities[std::size_t(index)].value)
                        .arg(escaped(profile.event.entityLabels[index]));
    }
    return html + propertiesTable(profile.propertiesJson);
}

QString severalEntitiesHtml(const Inspection& inspection) {
    QString html = heading(tr("Selection"), countOf(std::int64_t(inspection.entityCount),
                                                    tr("entity"), tr("entities")));
    for (const Entity& entity : inspection.entities)
        html += QStringLiteral("<p style='margin:0'><a href='entity:%1'>%2</a> "
                               "<span style='color:#5b6770'>%3</span></p>")
                    .arg(entity.id.value)
                    .arg(escaped(entity.label), escaped(entity.type));
    if (inspection.entityCount > inspection.entities.size())
        html +=
            QStringLiteral("<p>%1</p>")
                .arg(tr("and %1 more").arg(inspection.entityCount - inspection.entities.size()));
    return html;
}

QString evidenceItemHtml(const Evidence& evidence, std::size_t index) {
    const bool analyst = !evidence.source.isValid();
    QString html =
        QStringLiteral("<p style='margin-top:8px; margin-bottom:0'><b>%1.</b> ").arg(index + 1);
    html += analyst ? QStringLiteral("<a href='evidence:%1'>%2</a>")
                          .arg(index)
                          .arg(tr("Asserted by the analyst"))
                    : QStringLiteral("<a href='evidence:%1'>%2</a> · %3")
                          .arg(index)
                          .arg(escaped(evidence.sourceName),
                               escaped(describeLocator(evidence.locatorJson)));
    html += QStringLiteral("</p>");
    const QString quoted = evidence.quote.simplified();
    if (!quoted.isEmpty())
        html += QStringLiteral("<p style='margin:0 0 0 16px; background:#fff6d5'>“%1”</p>")
                    .arg(escaped(quoted.left(300)));
    QStringList details;
    if (!evidence.foundIn.isEmpty())
        details << tr("found in %1").arg(escaped(evidence.foundIn.join(QStringLiteral(" ‹ "))));
    details << tr("asserted by %1").arg(escaped(evidence.assertedBy));
    if (!evidence.reason.isEmpty())
        details << tr("because “%1”").arg(escaped(evidence.reason));
    if (evidence.confidence < 1)
        details << tr("confidence %1").arg(QLocale().toString(evidence.confidence, 'f', 2));
    html += QStringLiteral("<p style='margin:0 0 0 16px; color:#5b6770'>%1</p>")
                .arg(details.join(QStringLiteral(" · ")));
    if (!analyst)
        html += QStringLiteral("<p style='margin:0 0 0 16px; color:#7f8c8d'><tt>SHA-256 "
                               "%1</tt></p>")
                    .arg(evidence.sha256);
    return html;
}

QString evidenceHtml(const std::vector<Evidence>& evidence) {
    if (evidence.empty())
        return section(tr("Evidence")) +
               QStringLiteral("<p style='color:#5b6770'>%1</p>")
                   .arg(tr("No source asserts this: it was made by an analysis."));
    QString html = section(tr("Evidence (%1)").arg(evidence.size()));
    for (std::size_t index = 0; index < evidence.size(); ++index)
        html += evidenceItemHtml(evidence[index], index);
    return html;
}

} // namespace

Result<Inspection> inspect(store::CaseStore& store, const Selection& selection) {
    const store::FactStore facts = store.facts();
    Inspection inspection;
    if (selection.entities.size() == 1) {
        auto profile = facts.entityProfile(selection.entities.front());
        if (!profile)
            return std::unexpected(profile.error());
        inspection.entity = std::move(*profile);
    } else if (selection.entities.size() > 1) {
        inspection.entityCount = selection.entities.size();
        for (std::size_t index = 0; index < std::min(kEntitiesListed, selection.entities.size());
             ++index) {
            auto entity = facts.entity(selection.entities[index]);
            if (!entity)
                return std::unexpected(entity.error());
            inspection.entities.push_back(*entity);
        }
        return inspection; // the evidence of each, one at a time: select one
    } else if (!selection.links.empty()) {
        for (std::size_t index = 0; index < std::min(kLinksListed, selection.links.size());
             ++index) {
            auto link = facts.linkProfile(selection.links[index]);
            if (!link)
                return std::unexpected(link.error());
            inspection.links.push_back(std::move(*link));
        }
    } else if (selection.events.size() == 1) {
        auto event = facts.eventProfile(selection.events.front());
        if (!event)
            return std::unexpected(event.error());
        inspection.event = std::move(*event);
    }
    auto evidence = evidenceOfSelection(store, selection);
    if (!evidence)
        return std::unexpected(evidence.error());
    inspection.evidence = std::move(*evidence);
    return inspection;
}

QString inspectionHtml(const Inspection& inspection) {
    if (inspection.isEmpty())
        return QStringLiteral("<p style='color:#5b6770'>%1</p>")
            .arg(tr("Select an entity, a link or an event (on the chart or in a table) to see "
                    "what it is and every place in the seized files it comes from."));
    if (!inspection.entities.empty())
        return severalEntitiesHtml(inspection);
    QString html;
    if (inspection.entity)
        html = entityHtml(*inspection.entity);
    else if (inspection.event)
        html = eventHtml(*inspection.event);
    else if (inspection.links.size() == 1)
        html = linkHtml(inspection.links.front());
    else
        html = linksHtml(inspection.links);
    return html + evidenceHtml(inspection.evidence);
}

} // namespace threadline::ui
