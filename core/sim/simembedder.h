// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace drpo::sim {

// The simulated embeddings model: a deterministic vector per text, so retrieval by
// embeddings works offline. A hashed bag of word stems (the topic) plus one direction for
// the kind of query the wording suggests (a how-to finds how-to examples even when no word
// is shared). Same text, same vector, on every machine; unit length.
class SimEmbedder {
public:
    static constexpr int kDimensions = 64;

    static QList<double> embed(const QString &text);
};

} // namespace drpo::sim
