#pragma once

#include "scenario/AnswerKey.h"
#include "store/CaseStore.h"

#include <map>

namespace threadline::scenario {

// An entity a trainee flagged, with what identifies it: its label and, for an ad, the labels
// of the identifiers it lists (the ad is whoever those belong to).
struct FlaggedEntity {
    std::int64_t id = 0;
    QString type;
    QString label;
    QStringList listed;
};

// What a trainee flagged in a case: roles marked on entities, and links drawn between them.
struct Submission {
    std::vector<std::pair<FlaggedEntity, QString>> roles;
    std::vector<std::pair<FlaggedEntity, FlaggedEntity>> links;
};

// The link types a trainee draws with `threadline-cli link`; importers never make these.
QStringList traineeLinkTypes();

Result<Submission> readSubmission(const store::CaseStore& store);

// Precision and recall of one kind of claim. Nothing flagged scores 0, not "undefined": an
// empty submission must score 0.
struct Tally {
    int flagged = 0;
    int correct = 0;
    int expected = 0;
    double precision() const { return flagged ? double(correct) / flagged : 0.0; }
    double recall() const { return expected ? double(correct) / expected : 0.0; }
    double f1() const {
        const double sum = precision() + recall();
        return sum > 0 ? 2 * precision() * recall() / sum : 0.0;
    }
};

struct ScoreCard {
    Tally roles;      // (person, role) pairs: victim, controller, recruiter, money-mule, buyer
    Tally keyPlayers; // people marked key-player
    Tally links;      // pairs of people linked, either direction, any link type
    std::map<QString, Tally> byRole;
    QStringList wrong;  // each flag that was not right, and why
    QStringList missed; // each person or link of the key not flagged
    double overall() const { return (roles.f1() + keyPlayers.f1() + links.f1()) / 3; }
};

// Scores a submission against the key. Several entities of one person flagged with one role
// count once; "suspect" counts as right for a controller, recruiter or money mule.
ScoreCard scoreSubmission(const AnswerKey& key, const Submission& submission);

// The score card as lines of text: "# " starts a heading and tabs split table cells (as
// PlainPdf sets them; a terminal pads them).
QStringList scoreReport(const ScoreCard& card, const QString& caseName, int detailLimit = 40);

} // namespace threadline::scenario
