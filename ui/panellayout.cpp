// SPDX-License-Identifier: GPL-3.0-or-later
#include "panellayout.h"

#include <QDockWidget>
#include <QMainWindow>

namespace drpo::ui {

PanelLayout::PanelLayout(QMainWindow *window)
    : m_window(window)
{}

QDockWidget *PanelLayout::add(QWidget *panel, const QString &title, const QString &objectName)
{
    auto *d = new QDockWidget(title, m_window);
    d->setObjectName(objectName);
    d->setWidget(panel);
    m_docks.append(d);
    return d;
}

QDockWidget *PanelLayout::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks)
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

void PanelLayout::arrangeDefault()
{
    // Left: query sets (with criteria and examples as tabs) over the story. Right: inspector
    // (with compare) over the charts; the Evaluation panel joins them when it exists. Bottom:
    // the log with the levels.
    const auto place = [this](const char *name, Qt::DockWidgetArea area) {
        if (QDockWidget *d = dock(QLatin1String(name)))
            m_window->addDockWidget(area, d);
        return dock(QLatin1String(name));
    };
    QDockWidget *queries = place("queriesDock", Qt::LeftDockWidgetArea);
    QDockWidget *criteria = place("criteriaDock", Qt::LeftDockWidgetArea);
    QDockWidget *examples = place("examplesDock", Qt::LeftDockWidgetArea);
    QDockWidget *story = place("storyDock", Qt::LeftDockWidgetArea);
    QDockWidget *inspector = place("inspectorDock", Qt::RightDockWidgetArea);
    QDockWidget *compare = place("compareDock", Qt::RightDockWidgetArea);
    QDockWidget *charts = place("chartsDock", Qt::RightDockWidgetArea);
    QDockWidget *levels = place("levelsDock", Qt::BottomDockWidgetArea);
    QDockWidget *log = place("logDock", Qt::BottomDockWidgetArea);
    // Docks not named above (added by later panels) go to the right, as tabs of the inspector.
    for (QDockWidget *d : std::as_const(m_docks)) {
        if (m_window->dockWidgetArea(d) != Qt::NoDockWidgetArea)
            continue;
        m_window->addDockWidget(Qt::RightDockWidgetArea, d);
        if (inspector)
            m_window->tabifyDockWidget(inspector, d);
    }
    if (queries && story)
        m_window->splitDockWidget(queries, story, Qt::Vertical);
    if (queries && criteria)
        m_window->tabifyDockWidget(queries, criteria);
    if (queries && examples)
        m_window->tabifyDockWidget(queries, examples);
    if (inspector && charts)
        m_window->splitDockWidget(inspector, charts, Qt::Vertical);
    if (inspector && compare)
        m_window->tabifyDockWidget(inspector, compare);
    if (log && levels)
        m_window->tabifyDockWidget(log, levels);
    for (QDockWidget *d : {queries, inspector, log})
        if (d)
            d->raise();
    m_default = m_window->saveState(kVersion);
}

void PanelLayout::rememberDefault()
{
    m_default = m_window->saveState(kVersion);
}

void PanelLayout::applyDefaultSizes()
{
    const auto sized = [this](std::initializer_list<const char *> names, std::initializer_list<int> sizes,
                           Qt::Orientation o) {
        QList<QDockWidget *> ds;
        for (const char *n : names)
            if (QDockWidget *d = dock(QLatin1String(n)))
                ds << d;
        if (ds.size() == int(names.size()))
            m_window->resizeDocks(ds, QList<int>(sizes), o);
    };
    sized({"queriesDock", "inspectorDock"}, {420, 480}, Qt::Horizontal);
    sized({"inspectorDock", "chartsDock"}, {330, 330}, Qt::Vertical);
    sized({"queriesDock", "storyDock"}, {300, 360}, Qt::Vertical);
    sized({"logDock"}, {150}, Qt::Vertical);
}

void PanelLayout::reset()
{
    for (QDockWidget *d : std::as_const(m_docks))
        d->setVisible(true);
    m_window->restoreState(m_default, kVersion);
    // The saved default may come from a smaller window (restored geometry): size the docks anew.
    applyDefaultSizes();
    m_hidden = false;
}

QByteArray PanelLayout::save() const
{
    return m_window->saveState(kVersion);
}

bool PanelLayout::restore(const QByteArray &state)
{
    return m_window->restoreState(state, kVersion);
}

void PanelLayout::hideForWelcome()
{
    if (m_hidden)
        return;
    m_beforeWelcome = save();
    for (QDockWidget *d : std::as_const(m_docks))
        d->hide();
    m_hidden = true;
}

void PanelLayout::showAfterWelcome()
{
    if (!m_hidden)
        return;
    restore(m_beforeWelcome);
    m_hidden = false;
}

QByteArray PanelLayout::stateToKeep() const
{
    return m_hidden ? m_beforeWelcome : save();
}

} // namespace drpo::ui
