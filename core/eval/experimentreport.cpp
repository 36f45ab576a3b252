// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentreport.h"

#include "eval/analysis.h"
#include "eval/evaltext.h"
#include "eval/experimentfile.h"
#include "eval/reportcommon.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace drpo::eval {

using namespace detail;

namespace {

// The analysis of each cell's evaluation, computed once per report.
class CellFigures {
public:
    explicit CellFigures(const Experiment &e)
    {
        for (const ExperimentCell &c : e.cells)
            if (c.hasEvaluation)
                m_analysis.insert(c.settings.key(), analyze(c.evaluation));
    }

    ExperimentRow row(const ExperimentCell *cell, Component component, int k, const QString &label) const
    {
        ExperimentRow r;
        r.label = label;
        if (!cell)
            return r;
        r.cellKey = cell->settings.key();
        r.reward = cell->bestReward;
        const SystemResult *s = cell->system(component, k);
        const auto a = m_analysis.constFind(r.cellKey);
        if (!s || a == m_analysis.cend())
            return r;
        const qsizetype i = s - cell->evaluation.systems.constData();
        const SystemSummary &sum = a->summaries.value(i);
        r.system = s->spec.name;
        r.k = component == Component::Prompt ? -1 : k;
        for (int x = 0; x < kAspectCount; ++x)
            r.aspects[x] = sum.overall.aspects[x].mean;
        r.avg = sum.overall.avg;
        r.avgInterval = sum.avgInterval;
        r.lengthWords = sum.lengthWords;
        r.items = sum.judged;
        r.unscored = sum.unscored;
        return r;
    }

private:
    QHash<QString, Analysis> m_analysis;
};

QString criteriaPair(model::CriteriaMode s1, model::CriteriaMode s2)
{
    return EvalText::tr("stage 1 %1, stage 2 %2").arg(model::criteriaModeName(s1), model::criteriaModeName(s2));
}

QString systemWords(Component c, int k)
{
    return c == Component::Prompt ? componentLabel(c) : EvalText::tr("%1, K=%2").arg(componentLabel(c)).arg(k);
}

} // namespace

ExperimentTables experimentTables(const Experiment &e)
{
    ExperimentTables t;
    const CellFigures figures(e);
    const ExperimentGrid &g = e.grid;
    const int k = e.referenceK();
    t.referenceK = k;
    const ExperimentCell *ref = e.referenceCell();
    t.referenceCell = ref ? ref->settings.key() : QString();
    const Component refComponent = g.components.contains(Component::Both) ? Component::Both : g.components.first();
    const model::SearchStrategy s0 = g.search.first();
    const model::CriteriaMode c1 = g.criteriaStage1.first(), c2 = g.criteriaStage2.first();

    if (g.components.size() > 1) {
        ExperimentTable table{QStringLiteral("components"), EvalText::tr("Components (Table 3)"),
            EvalText::tr("Run %1; examples retrieved per query: K=%2.").arg(t.referenceCell).arg(k), {}};
        for (Component c : g.components)
            table.rows.push_back(figures.row(ref, c, k, componentLabel(c)));
        t.tables.push_back(table);
    }
    if (g.search.size() > 1) {
        ExperimentTable table{QStringLiteral("search"), EvalText::tr("Search (Table 4)"),
            EvalText::tr("%1; system: %2.").arg(criteriaPair(c1, c2), systemWords(refComponent, k)), {}};
        for (model::SearchStrategy s : g.search)
            table.rows.push_back(figures.row(e.cell({s, c1, c2}), refComponent, k, model::strategyName(s)));
        t.tables.push_back(table);
    }
    if (g.criteriaStage1.size() > 1 || g.criteriaStage2.size() > 1) {
        ExperimentTable table{QStringLiteral("criteria"), EvalText::tr("Dynamic rewarding (Table 5)"),
            EvalText::tr("Search %1; system: %2.").arg(model::strategyName(s0), systemWords(refComponent, k)), {}};
        for (model::CriteriaMode m1 : g.criteriaStage1)
            for (model::CriteriaMode m2 : g.criteriaStage2)
                table.rows.push_back(figures.row(e.cell({s0, m1, m2}), refComponent, k, criteriaPair(m1, m2)));
        t.tables.push_back(table);
    }
    {
        ExperimentTable table{QStringLiteral("cells"), EvalText::tr("Every cell"),
            EvalText::tr("System: %1. Reward: the run's best prompt on its training queries (its own judge).")
                .arg(systemWords(refComponent, k)),
            {}};
        for (const ExperimentCell &c : e.cells)
            table.rows.push_back(figures.row(&c, refComponent, k, c.settings.label()));
        t.tables.push_back(table);
    }
    if (g.kInference.size() > 1) {
        KCurve curve;
        curve.ks = g.kInference;
        std::sort(curve.ks.begin(), curve.ks.end());
        auto series = [&](const ExperimentCell *cell, Component c, const QString &name) {
            KCurveSeries s{name, {}};
            for (int x : std::as_const(curve.ks))
                s.avg.push_back(figures.row(cell, c, x, {}).avg);
            curve.series.push_back(s);
        };
        for (Component c : g.components)
            series(ref, c,
                e.cells.size() > 1 ? EvalText::tr("%1 (%2)").arg(componentLabel(c), t.referenceCell)
                                   : componentLabel(c));
        for (const ExperimentCell &c : e.cells)
            if (&c != ref)
                series(&c, refComponent, EvalText::tr("%1 (%2)").arg(componentLabel(refComponent), c.settings.key()));
        t.curve = curve;
    }
    return t;
}

QString experimentMarkdown(const Experiment &e, const ExperimentTables &t)
{
    QString out = EvalText::tr("# Experiment: %1\n\n").arg(e.inputSource);
    if (e.evalSettings.models.judge.isSim() || e.input.models.allSim())
        out += u"> " + simulatedNotice() + u"\n\n";
    out += EvalText::tr("Benchmark: %1 (%2 items, %3 safety). %4 of %5 cells done%6. N/A %7.\n\n")
               .arg(e.benchmark.name)
               .arg(e.benchmark.items.size())
               .arg(e.benchmark.safetyCount())
               .arg(e.doneCells())
               .arg(e.cells.size())
               .arg(e.finished ? QString() : EvalText::tr(" (resume with drpo ablate --resume)"))
               .arg(naPolicyName(e.evalSettings.naPolicy));
    QString header = u"| " + EvalText::tr("Setting") + u" |";
    QString rule = QStringLiteral("|---|");
    for (Aspect a : kAllAspects) {
        header += u' ' + aspectLabel(a) + u" |";
        rule += QStringLiteral("---:|");
    }
    header += u' ' + EvalText::tr("Avg") + u" | " + EvalText::tr("95% CI") + u" | " + EvalText::tr("Length") + u" | " +
        EvalText::tr("Reward") + u" |";
    rule += QStringLiteral("---:|---|---:|---:|");
    for (const ExperimentTable &table : t.tables) {
        out += u"## " + table.title + u"\n\n" + table.caption + u"\n\n" + header + u'\n' + rule + u'\n';
        for (const ExperimentRow &r : table.rows) {
            out += u"| " + r.label + u" |";
            for (int x = 0; x < kAspectCount; ++x)
                out += u' ' + number(r.aspects[x]) + u" |";
            out += u' ' + number(r.avg) + u" | " + interval(r.avgInterval) + u" | " +
                (r.system.isEmpty() ? QStringLiteral("–") : QString::number(r.lengthWords, 'f', 1)) + u" | " +
                number(r.reward) + u" |\n";
        }
        out += u'\n';
    }
    if (t.curve) {
        out += u"## " + EvalText::tr("Avg against K (Figure 4)") + u"\n\n| K |";
        QString curveRule = QStringLiteral("|---:|");
        for (const KCurveSeries &s : t.curve->series) {
            out += u' ' + s.name + u" |";
            curveRule += QStringLiteral("---:|");
        }
        out += u'\n' + curveRule + u'\n';
        for (qsizetype i = 0; i < t.curve->ks.size(); ++i) {
            out += QStringLiteral("| %1 |").arg(t.curve->ks[i]);
            for (const KCurveSeries &s : t.curve->series)
                out += u' ' + number(s.avg.value(i)) + u" |";
            out += u'\n';
        }
        out += u'\n';
    }
    return out;
}

QString experimentCsv(const ExperimentTables &t)
{
    auto field = [](const QString &v) -> QString {
        if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n'))
            return u'"' + QString(v).replace(u'"', QStringLiteral("\"\"")) + u'"';
        return v;
    };
    QString out = QStringLiteral("table,setting,cell,system,k");
    for (Aspect a : kAllAspects)
        out += u',' + aspectKey(a);
    out += QStringLiteral(",avg,avg_low,avg_high,length_words,items,unscored,reward\n");
    for (const ExperimentTable &table : t.tables)
        for (const ExperimentRow &r : table.rows) {
            out += field(table.id) + u',' + field(r.label) + u',' + field(r.cellKey) + u',' + field(r.system) + u',' +
                (r.k >= 0 ? QString::number(r.k) : QString());
            for (int x = 0; x < kAspectCount; ++x)
                out += u',' + (r.aspects[x] ? QString::number(*r.aspects[x], 'f', 4) : QString());
            out += u',' + (r.avg ? QString::number(*r.avg, 'f', 4) : QString()) + u',' +
                (r.avgInterval ? QString::number(r.avgInterval->low, 'f', 4) : QString()) + u',' +
                (r.avgInterval ? QString::number(r.avgInterval->high, 'f', 4) : QString()) + u',' +
                QString::number(r.lengthWords, 'f', 1) + u',' + QString::number(r.items) + u',' +
                QString::number(r.unscored) + u',' + (r.reward ? QString::number(*r.reward, 'f', 4) : QString()) +
                u'\n';
        }
    if (t.curve)
        for (const KCurveSeries &s : t.curve->series)
            for (qsizetype i = 0; i < t.curve->ks.size(); ++i) {
                out += QStringLiteral("k_curve,") + field(s.name) + QStringLiteral(",,,") +
                    QString::number(t.curve->ks[i]);
                for (int x = 0; x < kAspectCount; ++x)
                    out += u',';
                out += u',' + (s.avg.value(i) ? QString::number(*s.avg.value(i), 'f', 4) : QString()) +
                    QStringLiteral(",,,,,,\n");
            }
    return out;
}

std::optional<QByteArray> renderExperimentReport(const Experiment &e, ReportFormat format, QString *error)
{
    const ExperimentTables t = experimentTables(e);
    switch (format) {
    case ReportFormat::Markdown: return experimentMarkdown(e, t).toUtf8();
    case ReportFormat::Html: return experimentHtml(e, t).toUtf8();
    case ReportFormat::Csv: return experimentCsv(t).toUtf8();
    case ReportFormat::Json: return QByteArray::fromStdString(experimentToJson(e).dump(2)) + '\n';
    case ReportFormat::JustEval: break;
    }
    *error = EvalText::tr("an experiment has no just-eval output of its own: report one cell's evaluation file "
                          "(drpo report CELL.eval.json --format just-eval)");
    return std::nullopt;
}

} // namespace drpo::eval
