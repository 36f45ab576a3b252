// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/theme.h"

#include "settingvalue.h"

#include <QApplication>
#include <QStyle>
#include <QStyleFactory>

namespace drpo::ui {

namespace {
const SettingValue<QString> kTheme(QStringLiteral("ui/theme"), QStringLiteral("system"));

// What the desktop gave us, so "System" can go back to it after a switch.
struct Startup {
    QString style;
    QPalette palette;
    bool captured = false;
};
Startup &startup()
{
    static Startup s;
    return s;
}
Theme::Mode g_current = Theme::Mode::System;
} // namespace

Theme::Mode Theme::saved()
{
    return fromKey(kTheme.value());
}

void Theme::save(Mode mode)
{
    kTheme.setValue(key(mode));
}

QString Theme::key(Mode mode)
{
    switch (mode) {
    case Mode::Light: return QStringLiteral("light");
    case Mode::Dark: return QStringLiteral("dark");
    case Mode::System: break;
    }
    return QStringLiteral("system");
}

Theme::Mode Theme::fromKey(const QString &key)
{
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return Mode::System;
}

void Theme::apply(Mode mode)
{
    Startup &s = startup();
    if (!s.captured) {
        s.style = QApplication::style()->name();
        s.palette = QApplication::palette();
        s.captured = true;
    }
    g_current = mode;
    if (mode == Mode::System) {
        if (QApplication::style()->name() != s.style)
            QApplication::setStyle(QStyleFactory::create(s.style));
        QApplication::setPalette(s.palette);
        return;
    }
    // Fusion honours every palette role; native styles may ignore a dark palette.
    if (QApplication::style()->name().compare(u"fusion", Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(mode == Mode::Dark ? darkPalette() : lightPalette());
}

Theme::Mode Theme::current()
{
    return g_current;
}

QPalette Theme::lightPalette()
{
    QPalette p(QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::AlternateBase, QColor(0xf5, 0xf5, 0xf5));
    p.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ButtonText, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xdc));
    p.setColor(QPalette::ToolTipText, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x30, 0x8c, 0xc6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x1d, 0x6f, 0xb8));
    p.setColor(QPalette::PlaceholderText, QColor(0x80, 0x80, 0x80));
    // setColor(role, …) above set every group: disabled controls must still look disabled.
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xb0, 0xb0, 0xb0));
    return p;
}

QPalette Theme::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6), disabled(0x7f, 0x7f, 0x7f);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x27, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Midlight, QColor(0x3e, 0x41, 0x45));
    p.setColor(QPalette::Mid, QColor(0x2f, 0x31, 0x34));
    p.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    p.setColor(QPalette::Shadow, QColor(0x0a, 0x0a, 0x0a));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x7d, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x8c, 0xff));
    for (QPalette::ColorRole role :
        {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4a, 0x4d, 0x52));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightnessF() < 0.5 || palette.color(QPalette::Window).lightnessF() < 0.5;
}

QColor Theme::positive(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x6f, 0xd8, 0x8f) : QColor(0x1e, 0x84, 0x49);
}

QColor Theme::negative(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x39, 0x2b);
}

QColor Theme::positiveTint(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x2e, 0xa0, 0x43, 70) : QColor(0x27, 0xae, 0x60, 40);
}

QColor Theme::negativeTint(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xf8, 0x51, 0x49, 60) : QColor(0xc0, 0x39, 0x2b, 40);
}

QString Theme::noticeStyleSheet(const QPalette &palette)
{
    return isDark(palette)
        ? QStringLiteral("QLabel { background: #4a3b12; color: #ffe08a; padding: 6px; border-radius: 4px; }")
        : QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 6px; border-radius: 4px; }");
}

} // namespace drpo::ui
