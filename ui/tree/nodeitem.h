// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/node.h"

#include <QGraphicsItem>

#include <optional>

namespace drpo::ui {

// One node of the beam tree: colour by reward, shape by origin, outline when in the beam,
// faded when pruned, a ring when selected or on the best path. Deliberately not a QObject:
// thousands of these must stay cheap.
class NodeItem : public QGraphicsItem {
public:
    struct Look {
        std::optional<double> reward;
        model::Origin origin = model::Origin::Optimizer;
        bool inBeam = false;
        bool pruned = false;
        bool selected = false;
        bool onBestPath = false;
        friend bool operator==(const Look &, const Look &) = default;
    };

    explicit NodeItem(const QString &id);

    enum { Type = UserType + 1 };
    int type() const override { return Type; }
    const QString &nodeId() const { return m_id; }
    const Look &look() const { return m_look; }
    void setLook(const Look &look);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString m_id;
    Look m_look;
};

} // namespace drpo::ui
