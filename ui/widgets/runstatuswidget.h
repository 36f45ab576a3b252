#pragma once

#include "engine/runevents.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace drpo::ui {

// Status-bar figures of the run: state, level progress, calls, tokens, cost, cache hits, ETA.
class RunStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit RunStatusWidget(QWidget *parent = nullptr);

    void setState(engine::RunState state);
    void setStats(const engine::RunStats &stats);
    QString text() const;

private:
    QLabel *m_state;
    QProgressBar *m_progress;
    QLabel *m_figures;
};

} // namespace drpo::ui
