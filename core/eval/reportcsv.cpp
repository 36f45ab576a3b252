// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/reportwriter.h"

#include "io/csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace drpo::eval {

QString csvReport(const EvalResults &r)
{
    QStringList header{QStringLiteral("system"), QStringLiteral("item_id"), QStringLiteral("category"),
        QStringLiteral("task"), QStringLiteral("topic"), QStringLiteral("state")};
    for (Aspect a : kAllAspects)
        header << aspectKey(a);
    header << QStringLiteral("length_words") << QStringLiteral("error");
    for (Aspect a : kAllAspects)
        header << aspectKey(a) + QStringLiteral("_reason");
    header << QStringLiteral("instruction") << QStringLiteral("output");
    QString out = io::detail::csvLine(header);
    for (const SystemResult &s : r.systems) {
        for (const BenchmarkItem &b : r.benchmark.items) {
            const auto it = s.items.constFind(b.id);
            if (it == s.items.cend())
                continue;
            QStringList row{
                s.spec.name, b.id, b.category, b.tasks.join(u';'), b.topics.join(u';'), itemStateName(it->state)};
            for (Aspect a : kAllAspects) {
                const AspectScore *sc = it->score(a);
                row << (sc ? sc->scoreText() : QString());
            }
            row << QString::number(wordCount(it->output)) << it->error;
            for (Aspect a : kAllAspects) {
                const AspectScore *sc = it->score(a);
                row << (sc ? sc->reason : QString());
            }
            row << b.instruction << it->output;
            out += io::detail::csvLine(row);
        }
    }
    return out;
}

QByteArray justEvalOutputs(const EvalResults &r, const SystemResult &s)
{
    QJsonArray list;
    for (const BenchmarkItem &b : r.benchmark.items) {
        const auto it = s.items.constFind(b.id);
        if (it == s.items.cend() || (it->output.isEmpty() && !it->error.isEmpty()))
            continue;
        bool numeric = false;
        const int id = b.id.toInt(&numeric);
        list.append(QJsonObject{{QStringLiteral("id"), numeric ? QJsonValue(id) : QJsonValue(b.id)},
            {QStringLiteral("instruction"), b.instruction}, {QStringLiteral("source_id"), b.sourceId},
            {QStringLiteral("dataset"), b.dataset}, {QStringLiteral("category"), b.category},
            {QStringLiteral("output"), it->output}, {QStringLiteral("generator"), s.spec.name},
            {QStringLiteral("datasplit"), QStringLiteral("just_eval")}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

} // namespace drpo::eval
