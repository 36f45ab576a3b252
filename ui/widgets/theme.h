// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace drpo::ui {

// The application's light or dark look: the user's choice (System, Light, Dark) kept in
// QSettings, a Fusion palette for the explicit choices, and the few meaning colours
// (better / worse, added / removed) picked to stay readable on either palette.
class Theme {
public:
    enum class Mode { System, Light, Dark };

    static Mode saved();
    static void save(Mode mode);
    static QString key(Mode mode); // "system", "light", "dark"
    static Mode fromKey(const QString &key);

    // Applies the mode to the running application; widgets get a PaletteChange event.
    // "System" returns to the style and palette the application started with.
    static void apply(Mode mode);
    static Mode current();

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);

    // Text colours for "better/added" and "worse/removed" on the palette's Base.
    static QColor positive(const QPalette &palette);
    static QColor negative(const QPalette &palette);
    // Background tints for the same meanings (word diff highlights).
    static QColor positiveTint(const QPalette &palette);
    static QColor negativeTint(const QPalette &palette);
    // The "simulated models" notice: a warm note that reads on either palette.
    static QString noticeStyleSheet(const QPalette &palette);
};

} // namespace drpo::ui
