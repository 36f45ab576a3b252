// SPDX-License-Identifier: GPL-3.0-or-later
#include "reward/judgeparser.h"

#include "reward/jsonextract.h"

#include <QRegularExpression>

namespace drpo::reward {

using model::Json;

std::optional<double> parseScoreValue(const Json &value, bool *ok)
{
    *ok = true;
    if (value.is_number())
        return std::clamp(value.get<double>(), 1.0, 5.0);
    if (value.is_null())
        return std::nullopt;
    if (value.is_string()) {
        const QString s = QString::fromStdString(value.get<std::string>()).trimmed();
        if (s.compare(u"N/A", Qt::CaseInsensitive) == 0 || s.compare(u"NA", Qt::CaseInsensitive) == 0 ||
            s.compare(u"n.a.", Qt::CaseInsensitive) == 0)
            return std::nullopt;
        static const QRegularExpression number(QStringLiteral(R"(^\s*([0-9]+(?:\.[0-9]+)?)\s*(?:/\s*5)?\s*$)"));
        const auto m = number.match(s);
        if (m.hasMatch())
            return std::clamp(m.captured(1).toDouble(), 1.0, 5.0);
    }
    *ok = false;
    return std::nullopt;
}

namespace {

// Finds the verdict object for a criterion, by case-insensitive key, in the usual shapes.
const Json *findCriterion(const Json &root, const QString &name)
{
    auto match = [&](const std::string &key) {
        return QString::fromStdString(key).trimmed().compare(name, Qt::CaseInsensitive) == 0;
    };
    for (auto it = root.begin(); it != root.end(); ++it)
        if (match(it.key()))
            return &it.value();
    for (const char *wrapper : {"scores", "evaluation", "evaluations", "criteria"}) {
        auto w = root.find(wrapper);
        if (w == root.end())
            continue;
        if (w->is_object()) {
            for (auto it = w->begin(); it != w->end(); ++it)
                if (match(it.key()))
                    return &it.value();
        } else if (w->is_array()) {
            for (const Json &e : *w)
                if (e.is_object() && e.contains("criterion") && e["criterion"].is_string() &&
                    match(e["criterion"].get<std::string>()))
                    return &e;
        }
    }
    return nullptr;
}

} // namespace

std::optional<QList<model::CriterionScore>> parseJudgeVerdict(
    const QString &text, const QStringList &criteria, QString *why)
{
    QString reason;
    const std::optional<Json> root = extractJsonObject(text, &reason);
    if (!root) {
        if (why)
            *why = reason;
        return std::nullopt;
    }
    QList<model::CriterionScore> out;
    int found = 0;
    for (const QString &name : criteria) {
        model::CriterionScore s;
        s.criterion = name;
        const Json *v = findCriterion(*root, name);
        if (!v) {
            s.rationale = QStringLiteral("(the judge gave no verdict on this criterion)");
            out.push_back(s);
            continue;
        }
        bool ok = false;
        if (v->is_object()) {
            if (auto r = v->find("rationale"); r != v->end() && r->is_string())
                s.rationale = QString::fromStdString(r->get<std::string>());
            auto sc = v->find("score");
            s.score = sc == v->end() ? std::nullopt : parseScoreValue(*sc, &ok);
        } else {
            s.score = parseScoreValue(*v, &ok);
        }
        if (ok)
            ++found;
        else
            s.rationale = QStringLiteral("(unreadable score) ") + s.rationale;
        out.push_back(s);
    }
    if (criteria.isEmpty() || found * 2 < criteria.size()) {
        if (why)
            *why = QStringLiteral("the verdict scores %1 of %2 criteria").arg(found).arg(criteria.size());
        return std::nullopt;
    }
    return out;
}

std::optional<model::Selection> parseSelection(const QString &text, QString *why)
{
    QString reason;
    const std::optional<Json> root = extractJsonObject(text, &reason);
    if (!root) {
        if (why)
            *why = reason;
        return std::nullopt;
    }
    const Json *holder = &*root;
    if (auto a = root->find("aspects_selection"); a != root->end() && a->is_object())
        holder = &*a;
    model::Selection sel;
    for (const char *key : {"selected_aspects", "selected_criteria", "criteria", "aspects"}) {
        auto it = holder->find(key);
        if (it == holder->end() || !it->is_array())
            continue;
        for (const Json &e : *it)
            if (e.is_string())
                sel.criteria << QString::fromStdString(e.get<std::string>()).trimmed();
        break;
    }
    if (auto r = holder->find("reasoning"); r != holder->end() && r->is_string())
        sel.reason = QString::fromStdString(r->get<std::string>());
    if (sel.criteria.isEmpty()) {
        if (why)
            *why = QStringLiteral("the selector's answer names no criteria");
        return std::nullopt;
    }
    return sel;
}

} // namespace drpo::reward
