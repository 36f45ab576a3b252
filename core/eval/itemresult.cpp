// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/itemresult.h"

#include <string>

namespace drpo::eval {

using model::Json;
using model::readOptional;

QString itemStateName(ItemState s)
{
    switch (s) {
    case ItemState::Pending: return QStringLiteral("pending");
    case ItemState::Judged: return QStringLiteral("judged");
    case ItemState::Unscored: return QStringLiteral("unscored");
    }
    return {};
}

const AspectScore *ItemResult::score(Aspect a) const
{
    for (const AspectScore &s : scores)
        if (s.aspect == a)
            return &s;
    return nullptr;
}

int wordCount(const QString &text)
{
    int n = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool w = !c.isSpace();
        if (w && !inWord)
            ++n;
        inWord = w;
    }
    return n;
}

void to_json(Json &j, const AspectScore &s)
{
    // Scores are strings, as in just-eval's files: "1".."5" or "N/A".
    j = Json{{"score", s.scoreText()}, {"reason", s.reason}};
}

void from_json(const Json &j, AspectScore &s)
{
    s.score.reset();
    s.reason.clear();
    readOptional(j, "reason", s.reason);
    const Json &v = j.at("score");
    if (v.is_number_integer()) {
        // A number is read like its text: 1 to 5 only (a hand-edited 99 would skew every mean).
        const long long n = v.get<long long>();
        if (n < 1 || n > 5) // thrown with v, so the error names the field and its line
            throw Json::other_error::create(
                501, "a score must be \"1\" to \"5\" or \"N/A\", not " + std::to_string(n), &v);
        s.score = int(n);
    } else {
        const QString t = model::qs(v.get<std::string>()).trimmed();
        if (t.compare(u"N/A", Qt::CaseInsensitive) != 0) {
            bool ok = false;
            const int n = t.toInt(&ok);
            if (!ok || n < 1 || n > 5)
                throw std::invalid_argument(
                    "a score must be \"1\" to \"5\" or \"N/A\", not \"" + t.toStdString() + "\"");
            s.score = n;
        }
    }
}

void to_json(Json &j, const ItemResult &r)
{
    j = Json{{"id", r.id}, {"state", itemStateName(r.state)}, {"output", r.output}};
    Json scores = Json::object();
    for (const AspectScore &s : r.scores)
        scores[aspectKey(s.aspect).toStdString()] = s;
    if (!r.scores.isEmpty())
        j["scores"] = scores;
    if (!r.error.isEmpty())
        j["error"] = r.error;
}

void from_json(const Json &j, ItemResult &r)
{
    r = ItemResult{};
    j.at("id").get_to(r.id);
    readOptional(j, "output", r.output);
    const QString state = model::qs(j.value("state", std::string("pending")));
    if (state == u"judged")
        r.state = ItemState::Judged;
    else if (state == u"unscored")
        r.state = ItemState::Unscored;
    else if (state == u"pending")
        r.state = ItemState::Pending;
    else
        throw std::invalid_argument("unknown item state \"" + state.toStdString() + "\"");
    if (auto it = j.find("scores"); it != j.end() && it->is_object()) {
        for (auto s = it->begin(); s != it->end(); ++s) {
            const std::optional<Aspect> a = aspectFromKey(model::qs(s.key()));
            if (!a)
                throw std::invalid_argument("unknown aspect \"" + s.key() + "\"");
            if (r.score(*a)) // aspect names match in any case: "Depth" and "depth" are one aspect
                throw Json::other_error::create(
                    501, "the aspect \"" + aspectKey(*a).toStdString() + "\" is scored twice", &s.value());
            AspectScore score = s.value().get<AspectScore>();
            score.aspect = *a;
            r.scores.push_back(score);
        }
        // Keep the aspects in their canonical order whatever the file's order.
        std::sort(r.scores.begin(), r.scores.end(),
            [](const AspectScore &x, const AspectScore &y) { return int(x.aspect) < int(y.aspect); });
    }
    readOptional(j, "error", r.error);
}

} // namespace drpo::eval
