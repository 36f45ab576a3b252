// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace drpo::llm {

// The translation context of core/llm's user-visible text (provider, transport and scheduler errors).
// A class rather than a file-local tr(): lupdate files a call under the class it names, so
// LlmText::tr("...") lands in the context "drpo::llm" of the .ts files, the same context it is
// looked up in at run time. The CLI installs no translator and prints the English source.
class LlmText {
    Q_DECLARE_TR_FUNCTIONS(drpo::llm)
};

} // namespace drpo::llm
