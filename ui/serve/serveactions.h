// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/profile.h"
#include "model/runrecord.h"

#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace drpo::ui {

class MainWindow;
class RunSession;

// The GUI's ways into serving and exporting a profile (issue 10), kept out of MainWindow:
// the node context menu and the Run menu each add them with one call.
namespace serveactions {

// The profile of `prompt` with the run's optimized examples (the seed examples while
// stage 1 has produced none).
model::AlignmentProfile profileFor(
    const QString &prompt, const QList<model::Example> &runExamples, const model::RunInput &input);
// The profile of one node of the session's run: the finished run's own profile for its
// best node, else profileFor(the node's prompt, the run's examples, its input).
model::AlignmentProfile profileForNode(const RunSession &session, const QString &nodeId);
// A model name for a node: "drpo-best" for the best one, "drpo-node-<id>" otherwise.
QString modelNameFor(const QString &nodeId, bool best);

// Opens a ServeDialog for `profile` (non-modal, deleted on close).
void openServeDialog(
    QWidget *parent, const model::AlignmentProfile &profile, const model::RunInput &input, const QString &name);
// "Serve this profile…" and an "Export this profile" submenu.
void addProfileActions(QMenu *menu, QWidget *parent, const model::AlignmentProfile &profile,
    const model::RunInput &input, const QString &name);
// The same for a node of the session's run (the node context menu).
void addNodeActions(QMenu *menu, QWidget *parent, const RunSession &session, const QString &nodeId);

// "Serve the best profile…" for the Run menu: enabled once the run has a best node.
QAction *makeServeBestAction(MainWindow *window);

} // namespace serveactions

} // namespace drpo::ui
