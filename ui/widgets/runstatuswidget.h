// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runevents.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace drpo::ui {

// Status-bar figures of the run: state, level progress, calls, tokens, cost, cache hits, ETA,
// unscored prompts, and the engine's best with what its figure is.
class RunStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit RunStatusWidget(QWidget *parent = nullptr);

    void setState(engine::RunState state);
    void setStats(const engine::RunStats &stats);
    // The engine's best node and what its figure means.
    void setBest(const engine::BestNode &best);
    QString text() const;

private:
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_figures;
    QLabel *m_best;
};

} // namespace drpo::ui
