// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace drpo::ui {

// The questions the workstation asks its user, behind one small interface: the window
// answers them with dialogs, headless runs and tests with a prompter of their own.
class UserPrompter {
public:
    enum class SaveChoice { Save, Discard, Cancel };

    virtual ~UserPrompter() = default;
    // "name has unsaved changes. Save them?"
    virtual SaveChoice askSaveChanges(const QString &name) = 0;
    // A yes/no question whose default answer is yes.
    virtual bool askYesNo(const QString &title, const QString &text) = 0;
    // A path to save a project to; empty when the user cancels.
    virtual QString askSavePath(const QString &suggestedName) = 0;
    virtual void warn(const QString &title, const QString &text) = 0;
    // A passing note (the status bar), shown for about `ms` milliseconds.
    virtual void notify(const QString &text, int ms) = 0;
};

// Answers without asking: goes on without saving (the automatic backup keeps the changes),
// declines every question, cancels file choices and forwards warnings and notes to a
// callback. For headless runs (screenshots) and tests that need no dialog.
class QuietPrompter : public UserPrompter {
public:
    using Sink = std::function<void(const QString &text, int ms)>;
    explicit QuietPrompter(Sink sink = {})
        : m_sink(std::move(sink))
    {}
    SaveChoice askSaveChanges(const QString &) override { return SaveChoice::Discard; }
    bool askYesNo(const QString &, const QString &) override { return false; }
    QString askSavePath(const QString &) override { return {}; }
    void warn(const QString &, const QString &text) override { notify(text, 10000); }
    void notify(const QString &text, int ms) override
    {
        if (m_sink)
            m_sink(text, ms);
    }

private:
    Sink m_sink;
};

} // namespace drpo::ui
