#include "tree/rewardscale.h"

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

RewardLegend::RewardLegend(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize RewardLegend::sizeHint() const
{
    return {560, fontMetrics().height() * 2 + 14};
}

void RewardLegend::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int h = fm.height();
    int x = 4;
    const QString title = tr("Reward");
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(x, h, title);
    x += fm.horizontalAdvance(title) + 8;

    const int barW = 100;
    QLinearGradient g(x, 0, x + barW, 0);
    for (int i = 0; i <= 8; ++i)
        g.setColorAt(i / 8.0, rewardColor(1.0 + i * 0.5));
    p.fillRect(QRect(x, 4, barW, h - 4), g);
    for (int v = 1; v <= 5; ++v) {
        const int tx = x + (v - 1) * barW / 4;
        const QString label = QString::number(v);
        p.drawText(tx - fm.horizontalAdvance(label) / 2, h + h, label);
    }
    x += barW + 16;

    // Shape key: what outlines, fading and shapes mean.
    const QColor text = palette().color(QPalette::WindowText);
    auto key = [&](const QString &label, auto drawShape) {
        drawShape(QRectF(x, 4, h - 4, h - 4));
        x += h + 2;
        p.setPen(text);
        p.drawText(x, h, label);
        x += fm.horizontalAdvance(label) + 12;
    };
    const QColor mid = rewardColor(3.5);
    key(tr("in beam"), [&](const QRectF &r) {
        p.setPen(QPen(text, 2.5));
        p.setBrush(mid);
        p.drawEllipse(r);
    });
    key(tr("pruned"), [&](const QRectF &r) {
        p.setOpacity(0.35);
        p.setPen(QPen(text, 1));
        p.setBrush(mid);
        p.drawEllipse(r);
        p.setOpacity(1);
    });
    key(tr("carried"), [&](const QRectF &r) {
        p.setPen(QPen(text, 1));
        p.setBrush(mid);
        p.drawRoundedRect(r, 2, 2);
    });
    key(tr("human edit"), [&](const QRectF &r) {
        QPainterPath d;
        d.moveTo(r.center().x(), r.top());
        d.lineTo(r.right(), r.center().y());
        d.lineTo(r.center().x(), r.bottom());
        d.lineTo(r.left(), r.center().y());
        d.closeSubpath();
        p.setPen(QPen(text, 1));
        p.setBrush(mid);
        p.drawPath(d);
    });
    key(tr("best path"), [&](const QRectF &r) {
        p.setPen(QPen(QColor(0xe6, 0xa1, 0x00), 3));
        p.drawLine(r.left(), r.center().y(), r.right(), r.center().y());
    });
}

} // namespace drpo::ui
