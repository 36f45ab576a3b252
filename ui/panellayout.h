// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace drpo::ui {

// The window's docks in one place: which panels there are, where they go by default, their
// default sizes, and saving/restoring the arrangement (versioned, so a new set of docks
// never restores a layout made for the old one).
class PanelLayout {
public:
    static constexpr int kVersion = 2; // bump when the set of docks changes

    explicit PanelLayout(QMainWindow *window);

    QDockWidget *add(QWidget *panel, const QString &title, const QString &objectName);
    QDockWidget *dock(const QString &objectName) const;
    const QList<QDockWidget *> &docks() const { return m_docks; }

    // Places the docks added so far in the default arrangement and remembers it.
    void arrangeDefault();
    // Remembers the current arrangement as the default (after sizing the docks).
    void rememberDefault();
    // Room for the charts under the inspector, for the story under the query sets, a short log.
    void applyDefaultSizes();
    // Every dock visible again, in the default arrangement and sizes.
    void reset();
    QByteArray save() const;
    bool restore(const QByteArray &state);
    // The welcome page stands alone: hide the panels, and bring them back as they were.
    void hideForWelcome();
    void showAfterWelcome();
    bool hiddenForWelcome() const { return m_hidden; }
    QByteArray stateToKeep() const; // what to save at exit (the panels' layout, not the welcome's)

private:
    QMainWindow *m_window;
    QList<QDockWidget *> m_docks;
    QByteArray m_default;
    QByteArray m_beforeWelcome;
    bool m_hidden = false;
};

} // namespace drpo::ui
