#pragma once

#include <QColor>
#include <QWidget>

#include <optional>

namespace drpo::ui {

// Maps a reward (1–5) to a colour, red through yellow to green; grey when not scored.
QColor rewardColor(const std::optional<double> &reward);

// The labelled colour scale and the shape key shown next to the beam tree.
class RewardLegend : public QWidget {
    Q_OBJECT
public:
    explicit RewardLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace drpo::ui
