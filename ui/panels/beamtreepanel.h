// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QToolButton;

namespace drpo::ui {

class BeamTreeView;
class RunSession;

// The beam tree view with its zoom, fit and follow-latest controls and the reward legend.
class BeamTreePanel : public QWidget {
    Q_OBJECT
public:
    explicit BeamTreePanel(RunSession *session, QWidget *parent = nullptr);

    BeamTreeView *view() const { return m_view; }

private:
    BeamTreeView *m_view;
};

} // namespace drpo::ui
