// SPDX-License-Identifier: GPL-3.0-or-later
#include "tree/rewardscale.h"

#include <QEvent>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace drpo::ui {

QColor rewardColor(const std::optional<double> &reward)
{
    if (!reward)
        return QColor(0x9e, 0x9e, 0x9e);
    const double t = std::clamp((*reward - 1.0) / 4.0, 0.0, 1.0);
    return QColor::fromHsvF(float(t * 120.0 / 360.0), 0.75f, 0.92f);
}

RewardLegend::RewardLegend(QWidget *parent)
    : QWidget(parent)
{
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

namespace {
constexpr int kMargin = 4;
constexpr int kBarWidth = 100;
constexpr int kKeyGap = 12;
} // namespace

int RewardLegend::arrange(int width, QList<Key> *keys) const
{
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    // The title and the colour bar with its numbers take two text lines at the left.
    int x = kMargin + fm.horizontalAdvance(tr("Reward")) + 8 + kBarWidth + 16;
    int y = 4;
    int bottom = 2 * h + 6;
    const QList<std::pair<Shape, QString>> all{{Shape::InBeam, tr("in beam")}, {Shape::Pruned, tr("pruned")},
        {Shape::Carried, tr("carried")}, {Shape::Human, tr("human edit")}, {Shape::BestPath, tr("best path")}};
    for (const auto &[shape, label] : all) {
        const int w = h + 2 + fm.horizontalAdvance(label);
        if (x + w > width - kMargin && x > kMargin + kBarWidth) { // wrap below the scale
            x = kMargin;
            y = bottom;
            bottom += h + 4;
        }
        if (keys)
            keys->append({shape, label, QPoint(x, y)});
        x += w + kKeyGap;
    }
    return bottom;
}

QSize RewardLegend::sizeHint() const
{
    QList<Key> keys;
    arrange(10000, &keys);
    const QFontMetrics fm = fontMetrics();
    const Key &last = keys.last();
    return {last.at.x() + fm.height() + 2 + fm.horizontalAdvance(last.label) + kMargin, arrange(10000, nullptr)};
}

QSize RewardLegend::minimumSizeHint() const
{
    const QFontMetrics fm = fontMetrics();
    return {kMargin * 2 + fm.horizontalAdvance(tr("Reward")) + 8 + kBarWidth, 2 * fm.height() + 6};
}

int RewardLegend::heightForWidth(int width) const
{
    return arrange(width, nullptr);
}

void RewardLegend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange)
        updateGeometry();
    QWidget::changeEvent(event);
}

void RewardLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    const QColor text = palette().color(QPalette::WindowText);
    int x = kMargin;
    const QString title = tr("Reward");
    p.setPen(text);
    p.drawText(x, h, title);
    x += fm.horizontalAdvance(title) + 8;

    QLinearGradient g(x, 0, x + kBarWidth, 0);
    for (int i = 0; i <= 8; ++i)
        g.setColorAt(i / 8.0, rewardColor(1.0 + i * 0.5));
    p.fillRect(QRect(x, 4, kBarWidth, h - 4), g);
    for (int v = 1; v <= 5; ++v) {
        const int tx = x + (v - 1) * kBarWidth / 4;
        const QString label = QString::number(v);
        p.drawText(tx - fm.horizontalAdvance(label) / 2, h + h, label);
    }

    // Shape key: what outlines, fading and shapes mean.
    QList<Key> keys;
    arrange(width(), &keys);
    for (const Key &k : std::as_const(keys)) {
        paintSymbol(p, k.shape, QRectF(k.at.x(), k.at.y(), h - 4, h - 4));
        p.setPen(text);
        p.drawText(k.at.x() + h + 2, k.at.y() + h - 4, k.label);
    }
}

void RewardLegend::paintSymbol(QPainter &p, Shape shape, const QRectF &r) const
{
    const QColor text = palette().color(QPalette::WindowText);
    const QColor mid = rewardColor(3.5);
    p.setBrush(mid);
    switch (shape) {
    case Shape::InBeam:
        p.setPen(QPen(text, 2.5));
        p.drawEllipse(r);
        break;
    case Shape::Pruned:
        p.setOpacity(0.35);
        p.setPen(QPen(text, 1));
        p.drawEllipse(r);
        p.setOpacity(1);
        break;
    case Shape::Carried:
        p.setPen(QPen(text, 1));
        p.drawRoundedRect(r, 2, 2);
        break;
    case Shape::Human: {
        QPainterPath d;
        d.moveTo(r.center().x(), r.top());
        d.lineTo(r.right(), r.center().y());
        d.lineTo(r.center().x(), r.bottom());
        d.lineTo(r.left(), r.center().y());
        d.closeSubpath();
        p.setPen(QPen(text, 1));
        p.drawPath(d);
        break;
    }
    case Shape::BestPath:
        p.setPen(QPen(QColor(0xe6, 0xa1, 0x00), 3));
        p.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
        break;
    }
}

} // namespace drpo::ui
