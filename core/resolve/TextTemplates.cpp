#include "resolve/TextTemplates.h"

#include "resolve/NearDuplicates.h"
#include "util/Parallel.h"

#include <QHash>
#include <QStringList>

#include <algorithm>
#include <numeric>

namespace threadline::resolve {

namespace {

// Union-find over positions in `texts`.
class Groups {
public:
    explicit Groups(std::size_t size)
        : m_parent(size) {
        std::iota(m_parent.begin(), m_parent.end(), std::size_t(0));
    }
    std::size_t root(std::size_t item) {
        while (m_parent[item] != item)
            item = m_parent[item] = m_parent[m_parent[item]];
        return item;
    }
    void join(std::size_t a, std::size_t b) { m_parent[root(a)] = root(b); }

private:
    std::vector<std::size_t> m_parent;
};

// A text's sentences: its lines, split again after a full stop, question or exclamation mark
// followed by space.
QStringList sentencesOf(const QString& text) {
    QStringList sentences;
    auto add = [&](qsizetype first, qsizetype last) {
        if (const QString sentence = text.mid(first, last - first).trimmed(); !sentence.isEmpty())
            sentences << sentence;
    };
    qsizetype first = 0;
    for (qsizetype at = 0; at < text.size(); ++at) {
        const QChar character = text[at];
        const bool endsSentence =
            character == u'\n' ||
            (character.isSpace() && at > 0 && QStringView(u".!?").contains(text[at - 1]));
        if (endsSentence) {
            add(first, at);
            first = at + 1;
        }
    }
    add(first, text.size());
    return sentences;
}

// The sentences at least half the members (and at least two) contain, in the order they are
// first written.
QString sharedSentences(const std::vector<const QString*>& memberTexts) {
    QHash<QString, int> seenIn;
    QStringList order;
    for (const QString* text : memberTexts) {
        QStringList sentences = sentencesOf(*text);
        sentences.removeDuplicates();
        for (const QString& sentence : sentences)
            if (seenIn[sentence]++ == 0)
                order << sentence;
    }
    QStringList shared;
    const int needed = std::max(2, int((memberTexts.size() + 1) / 2));
    for (const QString& sentence : order)
        if (seenIn.value(sentence) >= needed)
            shared << sentence;
    return shared.join(QLatin1Char(' '));
}

} // namespace

std::vector<TextTemplate> textTemplates(const std::vector<std::pair<std::int64_t, QString>>& texts,
                                        double threshold) {
    Groups groups(texts.size());
    std::vector<double> best(texts.size(), 0.0);
    // Pairs already in one group need no judging: a trafficker's run of a hundred ads from one
    // text is a hundred near-duplicates, not the five thousand pairs between them.
    forEachSimilarPair(
        texts, threshold,
        [&](std::size_t a, std::size_t b) { return groups.root(a) == groups.root(b); },
        [&](std::size_t a, std::size_t b, double similarity) {
            groups.join(a, b);
            best[a] = std::max(best[a], similarity);
            best[b] = std::max(best[b], similarity);
        });
    std::vector<std::vector<std::size_t>> byRoot(texts.size());
    for (std::size_t i = 0; i < texts.size(); ++i)
        if (best[i] > 0)
            byRoot[groups.root(i)].push_back(i);
    std::vector<TextTemplate> templates;
    std::vector<std::vector<const QString*>> memberTexts;
    for (std::vector<std::size_t>& members : byRoot) {
        if (members.size() < 2)
            continue;
        std::sort(members.begin(), members.end(),
                  [&](std::size_t a, std::size_t b) { return texts[a].first < texts[b].first; });
        TextTemplate& found = templates.emplace_back();
        std::vector<const QString*>& textsOfMembers = memberTexts.emplace_back();
        for (const std::size_t member : members) {
            found.members.push_back(texts[member].first);
            found.similarity.push_back(best[member]);
            textsOfMembers.push_back(&texts[member].second);
        }
    }
    runInRanges(templates.size(), 100, [&](std::size_t, std::size_t first, std::size_t last) {
        for (std::size_t index = first; index < last; ++index)
            templates[index].sharedText = sharedSentences(memberTexts[index]);
    });
    std::sort(templates.begin(), templates.end(), [](const TextTemplate& a, const TextTemplate& b) {
        return a.members.front() < b.members.front();
    });
    return templates;
}

} // namespace threadline::resolve
