// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/analysis.h"
#include "eval/evalresults.h"

#include <QCoreApplication>
#include <QString>

namespace drpo::ui {

// Writes the evaluation report the user asked for: HTML, Markdown and CSV through the core's
// report writers, PDF by laying the Markdown report out with QTextDocument and printing it
// through Qt's PDF writer. The file is replaced atomically or left as it was.
class EvalExport {
    Q_DECLARE_TR_FUNCTIONS(EvalExport)
public:
    enum class Format { Html, Markdown, Csv, Pdf };
    static std::optional<Format> formatForPath(const QString &path); // by the file's suffix
    static QString fileFilter();                                     // for the file dialog
    static bool write(
        const eval::EvalResults &results, const eval::Analysis &analysis, const QString &path, QString *error);
    static QByteArray pdf(const eval::EvalResults &results, const eval::Analysis &analysis);
};

} // namespace drpo::ui
