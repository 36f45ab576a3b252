// SPDX-License-Identifier: GPL-3.0-or-later
// The beam tree's drawing: the reward legend wraps instead of cutting labels off, and a
// tree zoomed far out (the cheap level-of-detail path) still shows every node.
#include "models/nodemodel.h"
#include "tree/beamtreeview.h"
#include "tree/rewardscale.h"

#include <QImage>
#include <QTest>

using namespace drpo;
using namespace drpo::ui;

namespace {

model::Node node(const QString &id, const QString &parent, int level, double reward)
{
    model::Node n;
    n.id = id;
    n.parentId = parent;
    n.level = level;
    n.reward = reward;
    n.inBeam = true;
    return n;
}

// True when the pixel differs clearly from the view's background.
bool inked(const QImage &image, QPoint at, QColor background)
{
    const QColor c = image.pixelColor(at);
    return std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) +
        std::abs(c.blue() - background.blue()) >
        60;
}

} // namespace

class TestBeamTree : public QObject {
    Q_OBJECT

private slots:
    void legend_narrowPanel_wrapsKeysOntoAnotherLine()
    {
        RewardLegend legend;
        const int oneLine = legend.heightForWidth(legend.sizeHint().width());
        QCOMPARE(oneLine, legend.sizeHint().height());
        const int narrow = legend.heightForWidth(legend.minimumSizeHint().width());
        QVERIFY2(narrow > oneLine, qPrintable(QStringLiteral("%1 vs %2").arg(narrow).arg(oneLine)));
        // Wider than needed changes nothing.
        QCOMPARE(legend.heightForWidth(legend.sizeHint().width() + 400), oneLine);
    }

    void beamTreeView_zoomedFarOut_everyNodeStillPainted()
    {
        NodeModel model;
        BeamTreeView view(&model);
        view.resize(500, 300);
        view.show();
        model.putNode(node(QStringLiteral("n0"), {}, 0, 1.0));
        QStringList ids;
        for (int level = 1; level <= 30; ++level) {
            const QString id = QStringLiteral("n%1").arg(level);
            model.putNode(node(id, QStringLiteral("n%1").arg(level - 1), level, 1.0 + (level % 5)));
            ids << id;
        }
        QTRY_COMPARE(view.itemCount(), 31);
        QTRY_VERIFY(!view.isBusy());
        view.resetTransform();
        view.scale(0.08, 0.08); // far below the level of detail where nodes become squares
        view.centerOn(view.nodePosition(QStringLiteral("n15")));
        const QImage image = view.viewport()->grab().toImage();
        const QColor background = view.viewport()->palette().color(QPalette::Base);
        const qreal dpr = image.devicePixelRatio();
        for (const QString &id : std::as_const(ids)) {
            const QPoint at = view.mapFromScene(view.nodePosition(id)) * dpr;
            QVERIFY2(QRect(QPoint(), image.size()).contains(at), qPrintable(id));
            QVERIFY2(inked(image, at, background), qPrintable(id));
        }
    }
};

QTEST_MAIN(TestBeamTree)
#include "tst_beamtree.moc"
