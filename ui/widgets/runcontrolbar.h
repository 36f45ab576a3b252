// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/runevents.h"
#include "model/searchsettings.h"

#include <QToolBar>

class QAction;
class QComboBox;
class QSpinBox;

namespace drpo::ui {

// Run control: Start, Pause, Resume, Step one level, Stop (with shortcuts), and the search
// settings a user tunes most (W, A, D, b, K, strategy, criteria mode).
class RunControlBar : public QToolBar {
    Q_OBJECT
public:
    explicit RunControlBar(QWidget *parent = nullptr);

    QAction *startAction() const { return m_start; }
    QAction *pauseAction() const { return m_pause; }
    QAction *resumeAction() const { return m_resume; }
    QAction *stepAction() const { return m_step; }
    QAction *stopAction() const { return m_stop; }

    void setSettings(const model::SearchSettings &settings);
    model::SearchSettings settings(model::SearchSettings base) const;
    void setRunState(engine::RunState state, bool projectOpen);

signals:
    void startRequested();
    void pauseRequested();
    void resumeRequested();
    void stepRequested();
    void stopRequested();
    void settingsEdited();

private:
    QSpinBox *spin(const QString &label, const QString &tip, int min, int max);

    QAction *m_start;
    QAction *m_pause;
    QAction *m_resume;
    QAction *m_step;
    QAction *m_stop;
    QSpinBox *m_width;
    QSpinBox *m_actions;
    QSpinBox *m_depth;
    QSpinBox *m_batch;
    QSpinBox *m_k;
    QComboBox *m_strategy;
    QComboBox *m_mode;
    bool m_loading = false;
};

} // namespace drpo::ui
