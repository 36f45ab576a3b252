// SPDX-License-Identifier: GPL-3.0-or-later
// View > Theme switches the whole application between light and dark palettes, remembers
// the choice, and the panels that pick their own colours follow the palette.
#include "mainwindow.h"
#include "models/nodemodel.h"
#include "panels/comparepanel.h"
#include "panels/storypanel.h"
#include "runsession.h"
#include "storynarrator.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>

using namespace drpo;
using namespace drpo::ui;

namespace {

QAction *themeAction(MainWindow &w, const QString &key)
{
    for (QAction *a : w.findChildren<QAction *>())
        if (a->isCheckable() && a->data().toString() == key)
            return a;
    return nullptr;
}

// Foreground colour of the first fragment with underline (the diff's "added" format).
QColor addedColour(const QTextDocument *doc)
{
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().fontUnderline())
                return it.fragment().charFormat().foreground().color();
    return {};
}

void feedPair(RunSession &s)
{
    model::Node root;
    root.id = QStringLiteral("n0");
    root.prompt = QStringLiteral("You are a helpful assistant.");
    root.reward = 3;
    model::Node child = root;
    child.id = QStringLiteral("n1");
    child.parentId = QStringLiteral("n0");
    child.origin = model::Origin::Optimizer;
    child.prompt = QStringLiteral("You are a helpful assistant.\n- Use numbered steps.");
    child.reward = 4;
    s.apply({drpo::engine::event::NodeAdded{root}});
    s.apply({drpo::engine::event::NodeAdded{child}});
    s.setCompare(root.id, child.id);
}

} // namespace

class TestTheme : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("drpo-tests"));
    }

    void cleanup() { Theme::apply(Theme::Mode::System); }

    void themeMenu_dark_appliesDarkPaletteAndIsRemembered()
    {
        MainWindow w;
        w.setInteractive(false);
        QAction *dark = themeAction(w, QStringLiteral("dark"));
        QVERIFY(dark);
        dark->trigger();
        QVERIFY(Theme::isDark(QApplication::palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        QCOMPARE(Theme::saved(), Theme::Mode::Dark);

        themeAction(w, QStringLiteral("light"))->trigger();
        QVERIFY(!Theme::isDark(QApplication::palette()));
        QCOMPARE(Theme::saved(), Theme::Mode::Light);
        // Disabled controls must still look disabled in our own palettes.
        QVERIFY(QApplication::palette().color(QPalette::Disabled, QPalette::ButtonText) !=
            QApplication::palette().color(QPalette::Active, QPalette::ButtonText));
    }

    void themes_textOnBase_hasReadableContrast()
    {
        for (const QPalette &p : {Theme::lightPalette(), Theme::darkPalette()}) {
            const double text = p.color(QPalette::Text).lightnessF(), base = p.color(QPalette::Base).lightnessF();
            QVERIFY(std::abs(text - base) > 0.6);
            // The meaning colours differ clearly from the base they are drawn on.
            QVERIFY(std::abs(Theme::positive(p).lightnessF() - base) > 0.3);
            QVERIFY(std::abs(Theme::negative(p).lightnessF() - base) > 0.3);
        }
        QVERIFY(Theme::isDark(Theme::darkPalette()));
        QVERIFY(!Theme::isDark(Theme::lightPalette()));
    }

    void compare_paletteSwitchedToDark_diffRedrawnInDarkColours()
    {
        RunSession s;
        ComparePanel panel(&s);
        panel.show();
        feedPair(s);
        auto *diff = panel.findChild<QTextEdit *>(QStringLiteral("promptDiff"));
        QVERIFY(diff);
        Theme::apply(Theme::Mode::Light);
        QTRY_COMPARE(addedColour(diff->document()), Theme::positive(Theme::lightPalette()));
        Theme::apply(Theme::Mode::Dark);
        QTRY_COMPARE(addedColour(diff->document()), Theme::positive(Theme::darkPalette()));
        QVERIFY(panel.diffPlainText().contains(QStringLiteral("Use numbered steps")));
    }

    void story_paletteSwitchedToDark_noticeUsesDarkColours()
    {
        RunSession s;
        StoryNarrator narrator(&s);
        StoryPanel panel(&narrator);
        panel.setSimulated(true);
        panel.show();
        auto *banner = panel.findChild<QLabel *>(QStringLiteral("simulatedBanner"));
        QVERIFY(banner);
        Theme::apply(Theme::Mode::Dark);
        QTRY_COMPARE(banner->styleSheet(), Theme::noticeStyleSheet(Theme::darkPalette()));
        Theme::apply(Theme::Mode::Light);
        QTRY_COMPARE(banner->styleSheet(), Theme::noticeStyleSheet(Theme::lightPalette()));
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
