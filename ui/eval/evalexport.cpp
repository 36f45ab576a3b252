// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalexport.h"

#include "eval/reportwriter.h"
#include "io/atomicfile.h"

#include <QBuffer>
#include <QFileInfo>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace drpo::ui {

std::optional<EvalExport::Format> EvalExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    if (suffix == u"md" || suffix == u"markdown")
        return Format::Markdown;
    if (suffix == u"csv")
        return Format::Csv;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QString EvalExport::fileFilter()
{
    return tr("HTML report (*.html);;Markdown report (*.md);;Per-item CSV (*.csv);;PDF report (*.pdf)");
}

QByteArray EvalExport::pdf(const eval::EvalResults &results, const eval::Analysis &analysis)
{
    QTextDocument doc;
    // Markdown without raw HTML: model text in the report is never taken for markup.
    doc.setMarkdown(eval::markdownReport(results, analysis),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setTitle(results.benchmark.name);
    writer.setCreator(QStringLiteral("DRPO Studio"));
    doc.print(&writer);
    buffer.close();
    return bytes;
}

bool EvalExport::write(
    const eval::EvalResults &results, const eval::Analysis &analysis, const QString &path, QString *error)
{
    const std::optional<Format> format = formatForPath(path);
    if (!format) {
        *error = tr("%1: choose a file ending in .html, .md, .csv or .pdf.").arg(path);
        return false;
    }
    QByteArray bytes;
    switch (*format) {
    case Format::Html: bytes = eval::htmlReport(results, analysis).toUtf8(); break;
    case Format::Markdown: bytes = eval::markdownReport(results, analysis).toUtf8(); break;
    case Format::Csv: bytes = eval::csvReport(results).toUtf8(); break;
    case Format::Pdf: bytes = pdf(results, analysis); break;
    }
    if (bytes.isEmpty()) {
        *error = tr("%1: the report came out empty; nothing was written.").arg(path);
        return false;
    }
    return io::writeFileAtomic(path, bytes, error);
}

} // namespace drpo::ui
