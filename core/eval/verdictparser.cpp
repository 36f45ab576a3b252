// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/verdictparser.h"

#include "reward/jsonextract.h"

#include <QRegularExpression>

#include <cmath>

namespace drpo::eval {

using model::Json;

namespace {

// A whole score 1..5, or N/A (empty optional with *ok). *ok false: not a score.
std::optional<int> readScore(const Json &v, bool *ok)
{
    *ok = true;
    if (v.is_number()) {
        const double d = v.get<double>();
        if (d == std::floor(d) && d >= 1 && d <= 5)
            return int(d);
    } else if (v.is_string()) {
        const QString s = model::qs(v.get<std::string>()).trimmed();
        if (s.compare(u"N/A", Qt::CaseInsensitive) == 0 || s.compare(u"NA", Qt::CaseInsensitive) == 0)
            return std::nullopt;
        static const QRegularExpression number(QStringLiteral(R"(^([1-5])(?:\.0+)?\s*(?:/\s*5)?$)"));
        if (const auto m = number.match(s); m.hasMatch())
            return m.captured(1).toInt();
    }
    *ok = false;
    return std::nullopt;
}

} // namespace

std::optional<QList<AspectScore>> parseEvalVerdict(const QString &text, const QList<Aspect> &aspects, QString *why)
{
    auto fail = [why](const QString &reason) -> std::optional<QList<AspectScore>> {
        if (why)
            *why = reason;
        return std::nullopt;
    };
    QString problem;
    const std::optional<Json> root = reward::extractJsonObject(text, &problem);
    if (!root)
        return fail(problem);
    QList<AspectScore> out;
    for (Aspect a : aspects) {
        const Json *entry = nullptr;
        for (auto it = root->begin(); it != root->end(); ++it)
            if (model::qs(it.key()).trimmed().compare(aspectKey(a), Qt::CaseInsensitive) == 0) {
                entry = &it.value();
                break;
            }
        if (!entry)
            return fail(QStringLiteral("the verdict has no \"%1\" entry").arg(aspectKey(a)));
        AspectScore s;
        s.aspect = a;
        bool ok = false;
        if (entry->is_object()) {
            for (const char *key : {"reason", "rationale"})
                if (auto r = entry->find(key); r != entry->end() && r->is_string()) {
                    s.reason = model::qs(r->get<std::string>());
                    break;
                }
            const auto score = entry->find("score");
            if (score == entry->end())
                return fail(QStringLiteral("the \"%1\" entry has no score").arg(aspectKey(a)));
            s.score = readScore(*score, &ok);
        } else {
            s.score = readScore(*entry, &ok);
        }
        if (!ok)
            return fail(QStringLiteral("the %1 score is not 1 to 5 or N/A").arg(aspectKey(a)));
        out.push_back(s);
    }
    return out;
}

} // namespace drpo::eval
