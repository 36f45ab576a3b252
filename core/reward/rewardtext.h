// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace drpo::reward {

// The translation context of core/reward's user-visible text (judging errors and criteria selection notes).
// A class rather than a file-local tr(): lupdate files a call under the class it names, so
// RewardText::tr("...") lands in the context "drpo::reward" of the .ts files, the same context it is
// looked up in at run time. The CLI installs no translator and prints the English source.
class RewardText {
    Q_DECLARE_TR_FUNCTIONS(drpo::reward)
};

} // namespace drpo::reward
