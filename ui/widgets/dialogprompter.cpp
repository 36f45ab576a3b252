// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/dialogprompter.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QMessageBox>

namespace drpo::ui {

DialogPrompter::DialogPrompter(QWidget *parent, Notify notify)
    : m_parent(parent)
    , m_notify(std::move(notify))
{}

UserPrompter::SaveChoice DialogPrompter::askSaveChanges(const QString &name)
{
    const auto answer =
        QMessageBox::warning(m_parent, tr("Unsaved changes"), tr("%1 has unsaved changes. Save them?").arg(name),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return SaveChoice::Save;
    return answer == QMessageBox::Discard ? SaveChoice::Discard : SaveChoice::Cancel;
}

bool DialogPrompter::askYesNo(const QString &title, const QString &text)
{
    return QMessageBox::question(m_parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) ==
        QMessageBox::Yes;
}

QString DialogPrompter::askSavePath(const QString &suggestedName)
{
    return QFileDialog::getSaveFileName(m_parent, tr("Save project as"), suggestedName, tr("DRPO projects (*.drpo)"));
}

void DialogPrompter::warn(const QString &title, const QString &text)
{
    QMessageBox::warning(m_parent, title, text);
}

void DialogPrompter::notify(const QString &text, int ms)
{
    if (m_notify)
        m_notify(text, ms);
}

} // namespace drpo::ui
