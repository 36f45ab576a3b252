// SPDX-License-Identifier: GPL-3.0-or-later
// Help > About shows the version and build type CMake generated (the same as drpo --version),
// the licence, and the application icon; the main window's Help menu opens it.
#include "io/appidentity.h"
#include "mainwindow.h"
#include "widgets/aboutdialog.h"
#include "widgets/appicon.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTimer>

using namespace drpo;
using namespace drpo::ui;

class TestAboutDialog : public QObject {
    Q_OBJECT
private slots:
    void about_opened_showsVersionBuildTypeAndLicence()
    {
        AboutDialog about;
        QVERIFY(!io::AppIdentity::version().isEmpty());
        QVERIFY(about.versionText().contains(io::AppIdentity::version()));
        QVERIFY(about.versionText().contains(io::AppIdentity::buildType()));
        QVERIFY(about.licenceText().contains(QStringLiteral("GPL-3.0-or-later")));
        QVERIFY(about.windowTitle().contains(QStringLiteral("DRPO Studio")));
        // Plain text: nothing in it is read as markup.
        for (const QLabel *l : about.findChildren<QLabel *>())
            if (l->pixmap().isNull())
                QCOMPARE(l->textFormat(), Qt::PlainText);
    }

    void appIcon_rendered_isNotEmptyAtEverySize()
    {
        const QIcon icon = AppIcon::icon();
        QVERIFY(!icon.isNull());
        for (int size : {16, 48, 256}) {
            const QImage image = icon.pixmap(size).toImage().convertToFormat(QImage::Format_ARGB32);
            QCOMPARE(image.width(), size);
            // The middle is painted (the SVG loaded from the resource), the corner is transparent.
            QVERIFY2(qAlpha(image.pixel(size / 2, size / 2)) > 200, qPrintable(QString::number(size)));
            QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        }
    }

    void helpMenu_aboutTriggered_opensAboutDialog()
    {
        MainWindow window;
        QAction *about = nullptr;
        for (QAction *menu : window.menuBar()->actions())
            if (menu->menu())
                for (QAction *a : menu->menu()->actions())
                    if (a->text().contains(QStringLiteral("About")))
                        about = a;
        QVERIFY(about);
        bool seen = false;
        QTimer::singleShot(0, &window, [&seen] {
            auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget());
            seen = dialog != nullptr;
            if (QWidget *w = QApplication::activeModalWidget())
                w->close();
        });
        about->trigger();
        QVERIFY(seen);
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
