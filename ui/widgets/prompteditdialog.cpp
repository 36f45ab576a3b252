// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/prompteditdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolBar>
#include <QVBoxLayout>

namespace drpo::ui {

PromptEditDialog::PromptEditDialog(const QString &nodeId, const QString &prompt, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Edit prompt of node %1").arg(nodeId));
    auto *intro = new QLabel(tr("Your version becomes a new node marked as a human edit. It is judged on this "
                                "level's queries right away and competes for a place in the beam."),
        this);
    intro->setWordWrap(true);
    m_editor = new QPlainTextEdit(this);
    m_editor->setPlainText(prompt);
    m_editor->document()->clearUndoRedoStacks(); // undo goes back to the node's prompt, not to empty
    m_note = new QLineEdit(this);
    m_note->setPlaceholderText(tr("Why this edit? (optional, kept with the node)"));

    auto *tools = new QToolBar(this);
    QAction *undo = tools->addAction(tr("Undo"), m_editor, &QPlainTextEdit::undo);
    QAction *redo = tools->addAction(tr("Redo"), m_editor, &QPlainTextEdit::redo);
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save as new node"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const QString original = prompt;
    auto check = [this, buttons, original] {
        const QString t = m_editor->toPlainText().trimmed();
        buttons->button(QDialogButtonBox::Save)->setEnabled(!t.isEmpty() && t != original.trimmed());
    };
    connect(m_editor, &QPlainTextEdit::textChanged, this, check);
    check();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tools);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(640, 460);
}

QString PromptEditDialog::prompt() const
{
    return m_editor->toPlainText().trimmed();
}

QString PromptEditDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace drpo::ui
