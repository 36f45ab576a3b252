// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese interface shows characters, not empty boxes: every character of the zh_CN
// translation gets a real glyph from the font the UI uses or from the fallback font Qt picks
// for it. On a fresh Debian no CJK font is installed; scripts/setup installs one
// (fonts-wqy-microhei) and the .deb recommends it.
#include "testpaths.h"

#include <QApplication>
#include <QFile>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QRawFont>
#include <QSet>
#include <QTest>
#include <QTextLayout>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

// Every distinct non-ASCII character of the translations in a Qt Linguist .ts file.
QList<char32_t> translatedCharacters(const QString &tsPath, QString *error)
{
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QSet<char32_t> chars;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"translation") {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            for (char32_t c : text.toUcs4())
                if (c > 0x7f && !QChar::isSpace(c))
                    chars.insert(c);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    QList<char32_t> sorted(chars.cbegin(), chars.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

// The families that draw the character in this font (after Qt's fallback), or nothing when
// the glyph is the missing-glyph box (index 0).
QStringList drawingFamilies(const QFont &font, char32_t c)
{
    QTextLayout layout(QString::fromUcs4(&c, 1), font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun &run : layout.glyphRuns()) {
        for (quint32 index : run.glyphIndexes())
            if (index == 0)
                return {};
        families << run.rawFont().familyName();
    }
    return families;
}

} // namespace

class TestCjkFont : public QObject {
    Q_OBJECT
private slots:
    void fontDatabase_simplifiedChinese_hasAFont()
    {
        const QStringList families = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
        QVERIFY2(!families.isEmpty(),
            "no font for Simplified Chinese is installed: the zh_CN interface would show empty boxes "
            "(scripts/setup installs fonts-wqy-microhei)");
    }

    void uiFont_zhCNTranslation_everyCharacterHasAGlyph()
    {
        QString error;
        const QList<char32_t> chars =
            translatedCharacters(drpo::test::sourceDir() + QStringLiteral("/translations/drpo_zh_CN.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(chars.size() > 100, "the zh_CN translation should hold hundreds of distinct characters");

        QFont bold = QApplication::font();
        bold.setBold(true);
        for (const QFont &font : {QApplication::font(), bold}) {
            QString missing;
            QSet<QString> used;
            for (char32_t c : chars) {
                const QStringList families = drawingFamilies(font, c);
                if (families.isEmpty())
                    missing += QString::fromUcs4(&c, 1);
                for (const QString &f : families)
                    used.insert(f);
            }
            QVERIFY2(missing.isEmpty(),
                qPrintable(
                    QStringLiteral("%1 of %2 characters of the zh_CN translation have no glyph in %3 or its "
                                   "fallbacks (fonts used: %4): %5")
                        .arg(missing.size())
                        .arg(chars.size())
                        .arg(font.toString(), QStringList(used.cbegin(), used.cend()).join(u", "), missing.left(40))));
            qInfo("%lld characters drawn with: %s", static_cast<long long>(chars.size()),
                qPrintable(QStringList(used.cbegin(), used.cend()).join(u", ")));
        }
    }
};

QTEST_MAIN(TestCjkFont)
#include "tst_cjkfont.moc"
