// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartlegend.h"

namespace drpo::ui {

ChartLegend::ChartLegend(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setTextInteractionFlags(Qt::NoTextInteraction);
    setContentsMargins(4, 0, 4, 2);
    hide(); // until there is something to name
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    // One unbreakable run per entry (mark and name stay together); entries wrap between them.
    QStringList runs;
    for (const Entry &e : entries) {
        const QString mark = e.mark == Mark::Box ? QStringLiteral("\u25a0")
            : e.mark == Mark::Line               ? QStringLiteral("\u2501\u2501")
                                                 : QStringLiteral("\u2505\u2505");
        QString name = e.name.toHtmlEscaped();
        // Qt's rich text breaks after a hyphen even inside a nowrap span ("URIAL-" / "style"):
        // non-breaking spaces and hyphens keep a name on one line.
        name.replace(u' ', QStringLiteral("&nbsp;"));
        name.replace(u'-', QChar(0x2011));
        runs << QStringLiteral("<span style=\"white-space:nowrap\"><span style=\"color:%1\">%2</span>&nbsp;%3</span>")
                    .arg(e.color.name(QColor::HexRgb), mark, name);
    }
    setText(runs.join(QStringLiteral(" &nbsp; ")));
    setToolTip(names().join(u'\n'));
    setVisible(!entries.isEmpty());
}

QStringList ChartLegend::names() const
{
    QStringList out;
    for (const Entry &e : m_entries)
        out << e.name;
    return out;
}

} // namespace drpo::ui
