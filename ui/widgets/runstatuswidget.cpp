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
    // "best" is what the beam ranks by, which can sit below a single level's best score.
    m_figures->setToolTip(tr("Best path mean: the best mean reward along one line of prompts from the root, the "
                             "figure the beam ranks by. Root: the starting prompt's reward."));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addWidget(m_progress);
    layout->addWidget(m_figures);
    setState(engine::RunState::Idle);
    setStats({});
}

void RunStatusWidget::setState(engine::RunState state)
{
    m_state->setText(RunSession::stateText(state));
}

void RunStatusWidget::setStats(const engine::RunStats &s)
{
    // Rewards run from 1 to 5: a 0 in the stats means "not scored yet", shown as a dash.
    const auto known = [](double r) { return text::reward(r > 0 ? std::optional<double>(r) : std::nullopt); };
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
        tr("%1 cache hits").arg(s.total.cacheHits) + QStringLiteral(" \u00b7 ") +
        tr("best path mean %1 (root %2)").arg(known(s.bestReward), known(s.rootReward));
    if (s.etaMs >= 0)
        figures += QStringLiteral(" \u00b7 ") + tr("ETA %1").arg(text::duration(s.etaMs));
    if (s.simulated)
        figures += QStringLiteral(" \u00b7 ") + tr("SIMULATED models");
    m_figures->setText(figures);
}

QString RunStatusWidget::text() const
{
    return m_state->text() + QLatin1Char(' ') + m_progress->text() + QLatin1Char(' ') + m_figures->text();
}

} // namespace drpo::ui
