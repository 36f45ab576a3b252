#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace drpo::align {

// A word-level difference between two texts (longest common subsequence over words),
// for the prompt diffs of `drpo inspect` and the Compare panel.
struct DiffOp {
    enum class Kind { Same, Removed, Added };
    Kind kind = Kind::Same;
    QString text; // words joined by single spaces
};

QList<DiffOp> wordDiff(const QString &before, const QString &after);

struct DiffSize {
    int added = 0;
    int removed = 0;
};
DiffSize diffSize(const QString &before, const QString &after);

} // namespace drpo::align
