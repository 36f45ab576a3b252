// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/beamtreepanel.h"

#include "runsession.h"
#include "tree/beamtreeview.h"
#include "tree/rewardscale.h"

#include <QHBoxLayout>
#include <QToolButton>
#include <QVBoxLayout>

namespace drpo::ui {

BeamTreePanel::BeamTreePanel(RunSession *session, QWidget *parent)
    : QWidget(parent)
{
    m_view = new BeamTreeView(session->nodes(), this);
    // The gold path ends at the engine's best node, the one the profile gets.
    connect(session, &RunSession::bestChanged, m_view,
        [this](const engine::BestNode &best) { m_view->setBestNode(best.nodeId); });
    m_view->setBestNode(session->best().nodeId);
    auto button = [this](const QString &text, const QString &tip, const QKeySequence &key) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        b->setShortcut(key);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *zoomIn = button(tr("Zoom in"), tr("Zoom in"), QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QToolButton *zoomOut = button(tr("Zoom out"), tr("Zoom out"), QKeySequence(Qt::CTRL | Qt::Key_Minus));
    QToolButton *fit = button(tr("Fit"), tr("Show the whole tree"), QKeySequence(Qt::CTRL | Qt::Key_0));
    QToolButton *follow =
        button(tr("Follow latest"), tr("Keep the newest node in view"), QKeySequence(Qt::CTRL | Qt::Key_L));
    follow->setCheckable(true);
    follow->setChecked(m_view->followLatest());

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(4, 2, 4, 0);
    controls->addWidget(zoomIn);
    controls->addWidget(zoomOut);
    controls->addWidget(fit);
    controls->addWidget(follow);
    controls->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(controls);
    auto *legend = new RewardLegend(this);
    legend->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(legend);
    layout->addWidget(m_view, 1);

    connect(zoomIn, &QToolButton::clicked, m_view, &BeamTreeView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &BeamTreeView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &BeamTreeView::fitAll);
    connect(follow, &QToolButton::toggled, m_view, &BeamTreeView::setFollowLatest);
    connect(m_view, &BeamTreeView::nodeClicked, session, &RunSession::setCurrentNode);
    connect(session, &RunSession::currentNodeChanged, m_view, &BeamTreeView::setSelectedNode);
}

} // namespace drpo::ui
