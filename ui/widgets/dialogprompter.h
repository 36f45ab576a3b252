// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "userprompter.h"

#include <QCoreApplication>

class QWidget;

namespace drpo::ui {

// The UserPrompter of the window: message boxes and file dialogs.
class DialogPrompter : public UserPrompter {
    Q_DECLARE_TR_FUNCTIONS(drpo::ui::DialogPrompter)

public:
    using Notify = std::function<void(const QString &text, int ms)>;
    DialogPrompter(QWidget *parent, Notify notify);

    SaveChoice askSaveChanges(const QString &name) override;
    bool askYesNo(const QString &title, const QString &text) override;
    QString askSavePath(const QString &suggestedName) override;
    void warn(const QString &title, const QString &text) override;
    void notify(const QString &text, int ms) override;

private:
    QWidget *m_parent;
    Notify m_notify;
};

} // namespace drpo::ui
