// SPDX-License-Identifier: GPL-3.0-or-later
// Build-time tool: renders the application icon's SVG to the PNG sizes of the hicolor theme,
// so the SVG stays the one source and no binary image is kept in the repository.
// Usage: drpo_rendericon ICON.svg OUTDIR NAME SIZE...  ->  OUTDIR/<S>x<S>/apps/NAME.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // No display at build time: the offscreen platform is enough for raster painting.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 5) {
        std::fputs("usage: drpo_rendericon ICON.svg OUTDIR NAME SIZE...\n", stderr);
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "drpo_rendericon: %s is not a valid SVG file\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0) {
            std::fprintf(stderr, "drpo_rendericon: bad size \"%s\"\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter p(&image);
            p.setRenderHint(QPainter::Antialiasing);
            svg.render(&p);
        }
        const QString dir = args.at(2) + QStringLiteral("/%1x%1/apps").arg(size);
        const QString path = dir + u'/' + args.at(3) + QStringLiteral(".png");
        if (!QDir().mkpath(dir) || !image.save(path)) {
            std::fprintf(stderr, "drpo_rendericon: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
