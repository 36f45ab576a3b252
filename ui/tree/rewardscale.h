// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QWidget>

#include <optional>

namespace drpo::ui {

// Maps a reward (1–5) to a colour, red through yellow to green; grey when not scored.
QColor rewardColor(const std::optional<double> &reward);

// The labelled colour scale and the shape key shown next to the beam tree. The keys wrap
// onto further lines when the panel is too narrow for them (longer labels in German).
class RewardLegend : public QWidget {
    Q_OBJECT
public:
    explicit RewardLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    enum class Shape { InBeam, Pruned, Carried, Human, BestPath };
    struct Key {
        Shape shape;
        QString label;
        QPoint at; // top-left of the symbol; the label follows it on the same line
    };
    // Where the title, the scale and each key go at this width; returns the height used.
    int arrange(int width, QList<Key> *keys) const;
    void paintSymbol(QPainter &p, Shape shape, const QRectF &r) const;
};

} // namespace drpo::ui
