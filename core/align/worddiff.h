// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace drpo::align {

// One run of a word-level diff: text common to both sides, only in the old, or only in the new.
struct DiffChunk {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const DiffChunk &, const DiffChunk &) = default;
};

// Word-level diff of two texts (longest common subsequence over words and punctuation, each
// with its trailing whitespace, so Same+Removed rebuilds `before` and Same+Added rebuilds
// `after`). Long texts fall back to a line-level comparison so a huge prompt cannot stall.
// Used by the Compare panel and `drpo inspect`.
QList<DiffChunk> wordDiff(const QString &before, const QString &after);

struct DiffSize {
    int added = 0;   // words only in the new text
    int removed = 0; // words only in the old text
};
DiffSize diffSize(const QString &before, const QString &after);

} // namespace drpo::align
