// SPDX-License-Identifier: GPL-3.0-or-later
// EvaluationPanel's results files: where an evaluation is written as it runs, showing one
// again when its project opens, and continuing one that was interrupted.
#include "eval/evaluationpanel.h"

#include "eval/evalsummaryview.h"
#include "eval/resultsfile.h"
#include "runsession.h"

#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>

namespace drpo::ui {

void EvaluationPanel::setResultsPathProvider(std::function<QString()> provider)
{
    m_resultsPath = std::move(provider);
}

QString EvaluationPanel::resultsPath() const
{
    return m_resultsPath ? m_resultsPath() : QString();
}

bool EvaluationPanel::openResults(const QString &path)
{
    if (m_session->isActive()) {
        warn(tr("An evaluation is running; stop it before opening another."));
        return false;
    }
    io::FileError fe;
    std::optional<eval::EvalResults> r = eval::loadResults(path, &fe);
    if (!r) {
        warn(fe.toString());
        return false;
    }
    m_session->load(*r, path);
    m_tabs->setCurrentWidget(m_summary);
    return true;
}

void EvaluationPanel::restoreSaved()
{
    const QString path = resultsPath();
    if (path.isEmpty() || m_session->isActive() || m_session->hasResults() || !QFileInfo::exists(path))
        return;
    io::FileError fe;
    std::optional<eval::EvalResults> r = eval::loadResults(path, &fe);
    if (!r) {
        warn(fe.toString());
        return;
    }
    // An evaluation older than the run shown evaluated an earlier run: not this run's result
    // (it stays on disk for "Open results…").
    const QDateTime evaluated = QDateTime::fromString(r->created, Qt::ISODate);
    const QDateTime run = m_run->hasRun() ? QDateTime::fromString(m_run->record().created, Qt::ISODate) : QDateTime();
    if (evaluated.isValid() && run.isValid() && evaluated < run)
        return;
    m_session->load(*r, path);
}

bool EvaluationPanel::continueEvaluation()
{
    QString error;
    if (!m_session->continueSaved(&error)) {
        warn(error);
        return false;
    }
    m_tabs->setCurrentWidget(m_summary);
    emit evaluationStarted();
    return true;
}

void EvaluationPanel::chooseResultsFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open evaluation results"),
        QFileInfo(resultsPath()).absolutePath(), tr("Evaluation results (*.json);;All files (*)"));
    if (!path.isEmpty())
        openResults(path);
}

} // namespace drpo::ui
