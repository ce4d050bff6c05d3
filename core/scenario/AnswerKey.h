#pragma once

#include "util/Error.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace threadline::scenario {

class Scenario;

// The truth of a generated case, as a trainer hands it to the scorer: answer-key.json.
struct KeyPerson {
    QString id;   // "P007"
    QString role; // victim, controller, recruiter, money-mule, buyer or uninvolved
    bool keyPlayer = false;
    QStringList names;       // legal name and nickname, as the files spell them
    QStringList identifiers; // "+16025550142", "$candylux22", "instagram:candy.lux", e-mail,
                             // bank account without spaces
};

struct KeyLink {
    QString from, to; // person ids
    QString kind;     // "controls", "recruited", ...
};

struct AnswerKey {
    std::vector<KeyPerson> people;
    std::vector<KeyLink> links;
};

QJsonObject answerKeyJson(const Scenario& scenario);
Result<AnswerKey> readAnswerKey(const QString& path);

} // namespace threadline::scenario
