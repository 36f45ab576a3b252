// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/runcontrolbar.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSpinBox>
#include <QStyle>

namespace drpo::ui {

RunControlBar::RunControlBar(QWidget *parent)
    : QToolBar(tr("Run control"), parent)
{
    setObjectName(QStringLiteral("runControlBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto action = [this](
                      QStyle::StandardPixmap icon, const QString &text, const QKeySequence &key, const QString &tip) {
        QAction *a = addAction(style()->standardIcon(icon), text);
        a->setShortcut(key);
        a->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        return a;
    };
    m_start =
        action(QStyle::SP_MediaPlay, tr("Start"), QKeySequence(Qt::Key_F5), tr("Start a new run on this project"));
    m_pause = action(QStyle::SP_MediaPause, tr("Pause"), QKeySequence(Qt::Key_F6), tr("Pause at the next safe point"));
    m_resume =
        action(QStyle::SP_MediaSeekForward, tr("Resume"), QKeySequence(Qt::Key_F7), tr("Continue the paused run"));
    m_step =
        action(QStyle::SP_MediaSkipForward, tr("Step"), QKeySequence(Qt::Key_F8), tr("Run one more level, then pause"));
    m_stop = action(QStyle::SP_MediaStop, tr("Stop"), QKeySequence(Qt::SHIFT | Qt::Key_F5),
        tr("Stop the run; it can be resumed later"));
    addSeparator();
    m_width = spin(tr("W"), tr("Beam width: prompts kept per level"), 1, 20);
    m_actions = spin(tr("A"), tr("New prompts proposed per kept prompt"), 1, 10);
    m_depth = spin(tr("D"), tr("Depth: number of levels"), 1, 200);
    m_batch = spin(tr("b"), tr("Training queries per level"), 1, 50);
    m_k = spin(tr("K"), tr("In-context examples retrieved per query"), 0, 10);
    m_strategy = new QComboBox(this);
    m_strategy->addItem(tr("Beam"), int(model::SearchStrategy::Beam));
    m_strategy->addItem(tr("Greedy"), int(model::SearchStrategy::Greedy));
    m_strategy->addItem(tr("Monte Carlo"), int(model::SearchStrategy::MonteCarlo));
    m_strategy->setToolTip(tr("Search strategy"));
    addWidget(m_strategy);
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Dynamic criteria"), int(model::CriteriaMode::Dynamic));
    m_mode->addItem(tr("Static criteria"), int(model::CriteriaMode::Static));
    m_mode->setToolTip(tr("Criteria mode: chosen per query, or all enabled criteria always"));
    addWidget(m_mode);

    connect(m_start, &QAction::triggered, this, &RunControlBar::startRequested);
    connect(m_pause, &QAction::triggered, this, &RunControlBar::pauseRequested);
    connect(m_resume, &QAction::triggered, this, &RunControlBar::resumeRequested);
    connect(m_step, &QAction::triggered, this, &RunControlBar::stepRequested);
    connect(m_stop, &QAction::triggered, this, &RunControlBar::stopRequested);
    for (QComboBox *c : {m_strategy, m_mode})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                emit settingsEdited();
        });
    setRunState(engine::RunState::Idle, false);
}

QSpinBox *RunControlBar::spin(const QString &label, const QString &tip, int min, int max)
{
    auto *l = new QLabel(QStringLiteral(" ") + label + QStringLiteral(" "), this);
    l->setToolTip(tip);
    addWidget(l);
    auto *s = new QSpinBox(this);
    s->setRange(min, max);
    s->setToolTip(tip);
    addWidget(s);
    connect(s, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            emit settingsEdited();
    });
    return s;
}

void RunControlBar::setSettings(const model::SearchSettings &s)
{
    m_loading = true;
    m_width->setValue(s.beamWidth);
    m_actions->setValue(s.actions);
    m_depth->setValue(s.depth);
    m_batch->setValue(s.batchSize);
    m_k->setValue(s.kOptimize);
    m_strategy->setCurrentIndex(m_strategy->findData(int(s.strategy)));
    m_mode->setCurrentIndex(m_mode->findData(int(s.criteriaMode)));
    m_loading = false;
}

model::SearchSettings RunControlBar::settings(model::SearchSettings s) const
{
    s.beamWidth = m_width->value();
    s.actions = m_actions->value();
    s.depth = m_depth->value();
    s.batchSize = m_batch->value();
    s.kOptimize = m_k->value();
    s.strategy = model::SearchStrategy(m_strategy->currentData().toInt());
    s.criteriaMode = model::CriteriaMode(m_mode->currentData().toInt());
    return s;
}

void RunControlBar::setRunState(engine::RunState state, bool projectOpen)
{
    using S = engine::RunState;
    const bool active = state == S::Running || state == S::Paused || state == S::Stopping;
    m_start->setEnabled(projectOpen && !active);
    m_pause->setEnabled(state == S::Running);
    m_resume->setEnabled(state == S::Paused);
    m_step->setEnabled(state == S::Paused);
    m_stop->setEnabled(state == S::Running || state == S::Paused);
    for (QWidget *w : std::initializer_list<QWidget *>{m_width, m_actions, m_depth, m_batch, m_k, m_strategy, m_mode})
        w->setEnabled(projectOpen && !active);
}

} // namespace drpo::ui
