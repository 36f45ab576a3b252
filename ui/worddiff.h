#pragma once

#include <QList>
#include <QString>

namespace drpo::ui {

// One run of a word-level diff: text common to both sides, only in the old, or only in the new.
struct DiffChunk {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text;
    friend bool operator==(const DiffChunk &, const DiffChunk &) = default;
};

// Word-level diff of two texts (longest common subsequence over words and whitespace runs).
// Long texts fall back to a line-level comparison so a huge prompt cannot stall the GUI.
QList<DiffChunk> wordDiff(const QString &before, const QString &after);

} // namespace drpo::ui
