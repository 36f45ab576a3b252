// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runstatuswidget.h"

#include "runsession.h"
#include "textformat.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace drpo::ui {

RunStatusWidget::RunStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    m_state = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMinimumWidth(160);
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_figures = new QLabel(this);
    m_figures->setTextFormat(Qt::PlainText);
    m_best = new QLabel(this);
    m_best->setTextFormat(Qt::PlainText);
    m_best->setObjectName(QStringLiteral("bestLabel"));
    // An explicit minimum replaces the labels' own (their whole text): in German the figures
    // and the best prompt needed more than a 1600-pixel screen and the window grew past it.
    // Narrow, they are cut at the end; the tooltips explain them.
    m_figures->setMinimumWidth(80);
    m_best->setMinimumWidth(80);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_figures);
    layout->addWidget(m_best);
    setState(engine::RunState::Idle);
    setStats({});
    setBest({});
}

void RunStatusWidget::setBest(const engine::BestNode &best)
{
    if (best.nodeId.isEmpty()) {
        m_best->clear();
        m_best->setToolTip({});
        return;
    }
    const QString figure = text::reward(best.figure);
    const QString root = text::reward(best.rootFigure);
    switch (best.measure) {
    case model::BestMeasure::Validation:
        m_best->setText(
            tr("best %1: %2 on %n held-out queries (start %3)", nullptr, best.queries).arg(best.nodeId, figure, root));
        m_best->setToolTip(tr("After the search, the finalists and the starting prompt answered queries the search "
                              "never saw; the best of them on those queries goes into the profile."));
        break;
    case model::BestMeasure::PathMean:
        m_best->setText(tr("best %1: path mean %2 (start %3)").arg(best.nodeId, figure, root));
        m_best->setToolTip(tr("The search ranks prompts by their path mean: the mean reward along the line of "
                              "prompts from the starting prompt to this one. Start: the starting prompt's reward on "
                              "the first level's queries."));
        break;
    case model::BestMeasure::LastReward:
        m_best->setText(tr("best %1: reward %2 on its level's queries (start %3)").arg(best.nodeId, figure, root));
        m_best->setToolTip(tr("The search ranks prompts by their reward on their own level's queries. Start: the "
                              "starting prompt's reward on the first level's queries."));
        break;
    }
}

void RunStatusWidget::setState(engine::RunState state)
{
    m_state->setText(RunSession::stateText(state));
}

void RunStatusWidget::setStats(const engine::RunStats &s)
{
    if (s.phase == u"stage 1") {
        // Stage 1 has no levels: it counts examples that are done improving (a busy bar until
        // the first count arrives).
        m_progress->setRange(0, s.stage1Total > 0 ? s.stage1Total : 0);
        m_progress->setValue(std::clamp(s.stage1Done, 0, std::max(0, s.stage1Total)));
        m_progress->setFormat(s.stage1Total > 0
                ? tr("Improving examples: %1 of %2").arg(s.stage1Done).arg(s.stage1Total)
                : tr("Improving examples"));
    } else {
        const int total = std::max(1, s.depthLimit);
        m_progress->setRange(0, total);
        m_progress->setValue(std::clamp(s.level, 0, total));
        m_progress->setFormat(tr("Level %1 of %2").arg(s.level).arg(s.depthLimit));
    }
    m_progress->setToolTip(s.phaseText.isEmpty() ? s.phase : s.phaseText);
    QString figures = tr("%n call(s)", nullptr, int(s.total.calls)) + QStringLiteral(" \u00b7 ") +
        tr("%1 tokens").arg(text::tokens(s.total.promptTokens + s.total.completionTokens)) +
        QStringLiteral(" \u00b7 ") + tr("cost %1").arg(text::cost(s.total.costUsd)) + QStringLiteral(" \u00b7 ") +
        tr("%1 cache hits").arg(s.total.cacheHits);
    if (s.unscored > 0) // never counted as 0: a prompt whose answers could not be judged
        figures += QStringLiteral(" \u00b7 ") + tr("%n unscored", nullptr, s.unscored);
    if (s.etaMs >= 0)
        figures += QStringLiteral(" \u00b7 ") + tr("ETA %1").arg(text::duration(s.etaMs));
    if (s.simulated)
        figures += QStringLiteral(" \u00b7 ") + tr("SIMULATED models");
    m_figures->setText(figures);
}

QString RunStatusWidget::text() const
{
    return m_state->text() + QLatin1Char(' ') + m_progress->text() + QLatin1Char(' ') + m_figures->text() +
        QLatin1Char(' ') + m_best->text();
}

} // namespace drpo::ui
