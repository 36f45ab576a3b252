// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/benchmark.h"
#include "eval/evalsession.h"
#include "eval/judgementimporter.h"

#include <QWidget>

#include <functional>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace drpo::ui {

class EvalItemBrowser;
class EvalSummaryView;
class ProjectDocument;
class RunSession;
class UserPrompter;
struct BenchmarkChoice;
struct EvalPlan;

// The Evaluation workspace: pick a benchmark and the systems, read the cost forecast, run
// with progress and ETA (pause, resume, stop), then read the table, the charts and the items,
// and export the report. The evaluation itself lives in an EvalSession.
class EvaluationPanel : public QWidget {
    Q_OBJECT
public:
    EvaluationPanel(
        EvalSession *session, const RunSession *run, const ProjectDocument *document, QWidget *parent = nullptr);

    EvalSession *session() const { return m_session; }
    EvalSummaryView *summary() const { return m_summary; }
    EvalItemBrowser *items() const { return m_items; }
    // Who answers warnings (dialogs, or a quiet prompter in headless runs and tests).
    void setPrompter(UserPrompter *prompter) { m_prompter = prompter; }

    // Benchmark choice: the demo one, or a file through the eval importers (false: warned).
    void useDemoBenchmark();
    bool loadBenchmark(const QString &path);
    bool importJudgements(const QStringList &paths);
    // The systems' checkboxes by key: "start", "best", "urial", "basic", "instruct", "imported:N".
    QCheckBox *systemBox(const QString &key) const;
    QString forecastText() const;
    std::optional<EvalPlan> plan() const;

    // Where evaluations are written as they run (rewritten after every batch, so a crash loses
    // at most one batch): the provider gives the current project's results file, e.g.
    // "project.eval.json" beside "project.drpo". Without one nothing is saved.
    void setResultsPathProvider(std::function<QString()> provider);
    QString resultsPath() const;
    // Shows a results file; an interrupted evaluation in it can then be continued.
    bool openResults(const QString &path);
    // Shows the current project's results file, if it has one and nothing else is shown.
    void restoreSaved();
    // Continues the interrupted evaluation shown (the items judged are kept).
    bool continueEvaluation();

    // Runs the plan the boxes describe; false (and a warning) when it cannot start.
    bool runEvaluation();
    // The demo comparison on the finished run: starting prompt, best profile, URIAL-style and
    // the instruct-like sim on the demo benchmark.
    bool evaluateRunResult();
    bool exportReport(const QString &path);

signals:
    void evaluationStarted();

private:
    void updateControls();
    void updateForecast();
    void updateProgress(const eval::EvalProgress &p);
    void useBenchmark(const BenchmarkChoice &choice);
    void chooseBenchmarkFile();
    void chooseJudgementFiles();
    void chooseExportFile();
    void chooseResultsFile();
    void warn(const QString &text);

    EvalSession *m_session;
    const RunSession *m_run;
    const ProjectDocument *m_document;
    UserPrompter *m_prompter = nullptr;
    eval::Benchmark m_benchmark;
    QList<eval::ImportedJudgements> m_imported;

    QLabel *m_benchmarkLabel;
    QCheckBox *m_start;
    QCheckBox *m_best;
    QCheckBox *m_urial;
    QCheckBox *m_basic;
    QCheckBox *m_instruct;
    QVBoxLayout *m_importedLayout;
    QList<QCheckBox *> m_importedBoxes;
    QLabel *m_forecast;
    QPushButton *m_runButton;
    QPushButton *m_pauseButton;
    QPushButton *m_resumeButton;
    QPushButton *m_stopButton;
    QPushButton *m_exportButton;
    QPushButton *m_openButton;
    QPushButton *m_continueButton;
    QLabel *m_fileLabel;
    std::function<QString()> m_resultsPath;
    QProgressBar *m_progress;
    QLabel *m_eta;
    QTabWidget *m_tabs;
    EvalSummaryView *m_summary;
    EvalItemBrowser *m_items;
};

} // namespace drpo::ui
