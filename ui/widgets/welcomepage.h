// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QListWidget;
class QPushButton;

namespace drpo::ui {

// First screen without a project: try the offline demo, start a new project, open one,
// or get back a run that was interrupted.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);
    // Offers a run that was interrupted (crash, kill, power cut); empty text hides the offer.
    void setRecovery(const QString &text, const QString &buttonText = {});
    bool recoveryOffered() const;

signals:
    void demoRequested();
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path);
    void recoverRequested();

private:
    QListWidget *m_recent;
    QFrame *m_recovery;
    QLabel *m_recoveryText;
    QPushButton *m_recoverButton;
};

} // namespace drpo::ui
