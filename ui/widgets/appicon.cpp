// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/appicon.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace drpo::ui {

QString AppIcon::resourcePath()
{
    return QStringLiteral(":/drpo/icons/drpo-studio.svg");
}

QPixmap AppIcon::pixmap(int size, qreal devicePixelRatio)
{
    const int pixels = qRound(size * devicePixelRatio);
    QPixmap pm(pixels, pixels);
    pm.fill(Qt::transparent);
    QSvgRenderer svg(resourcePath());
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    svg.render(&p);
    p.end();
    pm.setDevicePixelRatio(devicePixelRatio);
    return pm;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(size));
    return icon;
}

} // namespace drpo::ui
