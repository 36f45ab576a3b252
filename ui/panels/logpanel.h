// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QPlainTextEdit;
class QTableView;

namespace drpo::ui {

class RunSession;

// The call log (role, endpoint, status, latency, tokens, cache) and the engine's messages.
class LogPanel : public QWidget {
    Q_OBJECT
public:
    explicit LogPanel(RunSession *session, QWidget *parent = nullptr);

    QTableView *callView() const { return m_calls; }
    QString messagesText() const;

private:
    QTableView *m_calls;
    QPlainTextEdit *m_messages;
};

} // namespace drpo::ui
