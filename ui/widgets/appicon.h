// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace drpo::ui {

// The application icon, rendered from the SVG compiled into the program. Rendered with
// QSvgRenderer rather than loaded through QIcon's SVG engine, which is a plugin
// (qt6-svg-plugins) that a machine may lack: the window would then have no icon.
class AppIcon {
public:
    static QIcon icon();
    static QPixmap pixmap(int size, qreal devicePixelRatio = 1.0);
    static QString resourcePath(); // ":/drpo/icons/drpo-studio.svg"
};

} // namespace drpo::ui
