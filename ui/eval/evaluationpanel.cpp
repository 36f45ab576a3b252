// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evaluationpanel.h"

#include "eval/benchmarkchoice.h"
#include "eval/benchmarkimporter.h"
#include "eval/evalexport.h"
#include "eval/evalforecast.h"
#include "eval/evalitembrowser.h"
#include "eval/evalplan.h"
#include "eval/evalsummaryview.h"
#include "eval/resultsfile.h"
#include "projectdocument.h"
#include "runsession.h"
#include "textformat.h"
#include "userprompter.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace drpo::ui {

EvaluationPanel::EvaluationPanel(
    EvalSession *session, const RunSession *run, const ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_run(run)
    , m_document(document)
{
    setObjectName(QStringLiteral("evaluationPanel"));
    // Setup: benchmark, systems, forecast.
    auto *setup = new QGroupBox(tr("Benchmark and systems"), this);
    m_benchmarkLabel = new QLabel(setup);
    m_benchmarkLabel->setTextFormat(Qt::PlainText);
    m_benchmarkLabel->setWordWrap(true); // a long file name and its import notes must not widen the window
    auto *demoButton = new QPushButton(tr("Demo benchmark"), setup);
    auto *fileButton = new QPushButton(tr("Benchmark file\u2026"), setup);
    m_start = new QCheckBox(tr("Starting prompt"), setup);
    m_best = new QCheckBox(tr("This run's best profile"), setup);
    m_urial = new QCheckBox(tr("URIAL-style"), setup);
    m_basic = new QCheckBox(tr("Basic prompt"), setup);
    m_instruct = new QCheckBox(tr("Instruct-like sim"), setup);
    m_start->setToolTip(tr("The run's root prompt, no examples"));
    m_best->setToolTip(tr("The optimized prompt with K retrieved optimized examples"));
    m_urial->setToolTip(tr("A fixed prompt with three fixed examples, given in full every time"));
    m_basic->setToolTip(tr("\"You are a helpful assistant.\""));
    m_instruct->setToolTip(tr("The simulated instruct-tuned model (sim-instruct) with the basic prompt"));
    for (QCheckBox *b : {m_start, m_best, m_urial, m_instruct})
        b->setChecked(true);
    auto *importButton = new QPushButton(tr("Import judgements\u2026"), setup);
    m_forecast = new QLabel(setup);
    m_forecast->setTextFormat(Qt::PlainText);
    m_forecast->setWordWrap(true);
    m_importedLayout = new QVBoxLayout;

    auto *grid = new QGridLayout(setup);
    auto *benchRow = new QHBoxLayout;
    benchRow->addWidget(new QLabel(tr("Benchmark:"), setup));
    benchRow->addWidget(m_benchmarkLabel, 1);
    benchRow->addWidget(demoButton);
    benchRow->addWidget(fileButton);
    grid->addLayout(benchRow, 0, 0, 1, 4);
    grid->addWidget(new QLabel(tr("Systems:"), setup), 1, 0, Qt::AlignTop);
    // Two rows of three: in one row (and in German) the boxes made the panel wider than a
    // 1600-pixel screen, pushing the docks beside it off the window.
    auto *systems = new QGridLayout;
    const QList<QWidget *> systemWidgets{m_start, m_best, m_urial, m_basic, m_instruct, importButton};
    for (int i = 0; i < systemWidgets.size(); ++i)
        systems->addWidget(systemWidgets[i], i / 3, i % 3, Qt::AlignLeft);
    systems->setColumnStretch(3, 1);
    grid->addLayout(systems, 1, 1, 1, 3);
    grid->addLayout(m_importedLayout, 2, 1, 1, 3);
    grid->addWidget(m_forecast, 3, 0, 1, 4);

    // Run controls and progress.
    m_runButton = new QPushButton(tr("Evaluate"), this);
    m_runButton->setObjectName(QStringLiteral("evalRunButton"));
    m_pauseButton = new QPushButton(tr("Pause"), this);
    m_resumeButton = new QPushButton(tr("Resume"), this);
    m_stopButton = new QPushButton(tr("Stop"), this);
    m_exportButton = new QPushButton(tr("Export report\u2026"), this);
    m_openButton = new QPushButton(tr("Open results\u2026"), this);
    m_openButton->setObjectName(QStringLiteral("evalOpenButton"));
    m_openButton->setToolTip(tr("Show a results file written by DRPO Studio or drpo evaluate"));
    m_continueButton = new QPushButton(tr("Continue"), this);
    m_continueButton->setObjectName(QStringLiteral("evalContinueButton"));
    m_continueButton->setToolTip(tr("Finish the interrupted evaluation: the items already judged are kept"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("evalFileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A deep path must not widen the window: the label takes the width there is (the whole
    // text is in its tooltip).
    m_fileLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v of %m items"));
    m_eta = new QLabel(this);
    m_eta->setTextFormat(Qt::PlainText);
    // Buttons on one line, progress on the next: one line of both needs more width than the
    // workspace has beside the docks.
    auto *controls = new QVBoxLayout;
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_runButton, m_continueButton, m_pauseButton, m_resumeButton, m_stopButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_exportButton);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_eta);
    controls->addLayout(buttons);
    controls->addLayout(progress);

    m_summary = new EvalSummaryView(session, this);
    m_items = new EvalItemBrowser(session, this);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_summary, tr("Summary"));
    m_tabs->addTab(m_items, tr("Items"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(setup);
    layout->addLayout(controls);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_tabs, 1);

    connect(demoButton, &QPushButton::clicked, this, &EvaluationPanel::useDemoBenchmark);
    connect(fileButton, &QPushButton::clicked, this, &EvaluationPanel::chooseBenchmarkFile);
    connect(importButton, &QPushButton::clicked, this, &EvaluationPanel::chooseJudgementFiles);
    for (QCheckBox *b : {m_start, m_best, m_urial, m_basic, m_instruct})
        connect(b, &QCheckBox::toggled, this, &EvaluationPanel::updateForecast);
    connect(m_runButton, &QPushButton::clicked, this, &EvaluationPanel::runEvaluation);
    connect(m_pauseButton, &QPushButton::clicked, session, &EvalSession::pause);
    connect(m_resumeButton, &QPushButton::clicked, session, &EvalSession::resume);
    connect(m_stopButton, &QPushButton::clicked, session, &EvalSession::stop);
    connect(m_exportButton, &QPushButton::clicked, this, &EvaluationPanel::chooseExportFile);
    connect(m_openButton, &QPushButton::clicked, this, &EvaluationPanel::chooseResultsFile);
    connect(m_continueButton, &QPushButton::clicked, this, &EvaluationPanel::continueEvaluation);
    connect(session, &EvalSession::stateChanged, this, &EvaluationPanel::updateControls);
    connect(session, &EvalSession::reset, this, &EvaluationPanel::updateControls);
    connect(session, &EvalSession::progressChanged, this, &EvaluationPanel::updateProgress);
    connect(session, &EvalSession::finished, this, [this](bool complete) {
        if (!complete && !m_session->lastError().isEmpty())
            warn(tr("The evaluation stopped: %1").arg(m_session->lastError()));
    });
    for (auto signal : {&RunSession::recordLoaded, &RunSession::cleared})
        connect(run, signal, this, [this] {
            updateControls();
            updateForecast();
        });
    connect(run, &RunSession::stateChanged, this, [this] {
        updateControls();
        updateForecast();
    });
    connect(run, &RunSession::finished, this, [this] {
        updateControls();
        updateForecast();
    });
    updateControls(); // first: the forecast leaves out the run's systems until a run has finished
    useDemoBenchmark();
}

QCheckBox *EvaluationPanel::systemBox(const QString &key) const
{
    if (key == u"start")
        return m_start;
    if (key == u"best")
        return m_best;
    if (key == u"urial")
        return m_urial;
    if (key == u"basic")
        return m_basic;
    if (key == u"instruct")
        return m_instruct;
    if (key.startsWith(u"imported:")) {
        const int i = key.mid(9).toInt();
        return i >= 0 && i < m_importedBoxes.size() ? m_importedBoxes[i] : nullptr;
    }
    return nullptr;
}

void EvaluationPanel::useDemoBenchmark()
{
    QString error;
    if (std::optional<BenchmarkChoice> c = BenchmarkChoice::demo(&error))
        useBenchmark(*c);
    else
        warn(error);
}

bool EvaluationPanel::loadBenchmark(const QString &path)
{
    QString error;
    std::optional<BenchmarkChoice> c = BenchmarkChoice::fromFile(path, &error);
    if (!c) {
        warn(error);
        return false;
    }
    useBenchmark(*c);
    return true;
}

void EvaluationPanel::useBenchmark(const BenchmarkChoice &choice)
{
    m_benchmark = choice.benchmark;
    m_benchmarkLabel->setText(choice.description());
    updateForecast();
}

bool EvaluationPanel::importJudgements(const QStringList &paths)
{
    io::FileError fe;
    std::optional<QList<eval::ImportedJudgements>> j = eval::importJudgements(paths, &fe);
    if (!j) {
        warn(fe.toString());
        return false;
    }
    for (const eval::ImportedJudgements &imported : std::as_const(*j)) {
        m_imported << imported;
        auto *box = new QCheckBox(
            tr("%1 (published judgements, %2 items)").arg(imported.generator).arg(imported.items.size()), this);
        box->setChecked(true);
        box->setToolTip(imported.files.join(QLatin1Char('\n')));
        connect(box, &QCheckBox::toggled, this, &EvaluationPanel::updateForecast);
        m_importedBoxes << box;
        m_importedLayout->addWidget(box);
    }
    updateForecast();
    return true;
}

std::optional<EvalPlan> EvaluationPanel::plan() const
{
    EvalPlan p;
    p.benchmark = m_benchmark;
    p.models = m_document->project().models;
    const bool finished = m_run->hasRun() && m_run->record().status == model::RunState::Finished;
    if (finished) {
        p.run = &m_run->record();
        p.runLabel = m_document->filePath().isEmpty() ? tr("this run") : QFileInfo(m_document->filePath()).fileName();
        p.models = m_run->record().input.models;
        p.seed = m_run->record().input.settings.seed;
    }
    p.startingPrompt = m_start->isChecked() && m_start->isEnabled();
    p.bestProfile = m_best->isChecked() && m_best->isEnabled();
    p.urial = m_urial->isChecked();
    p.basic = m_basic->isChecked();
    p.instructSim = m_instruct->isChecked();
    for (int i = 0; i < m_importedBoxes.size(); ++i)
        if (m_importedBoxes[i]->isChecked())
            p.imported << m_imported[i];
    return p;
}

QString EvaluationPanel::forecastText() const
{
    return m_forecast->text();
}

void EvaluationPanel::updateForecast()
{
    QStringList notes;
    QString error;
    const std::optional<EvalPlan> p = plan();
    const std::optional<eval::EvalResults> r = p ? buildEvaluation(*p, &notes, &error) : std::nullopt;
    if (!r) {
        m_forecast->setText(error);
        return;
    }
    const eval::EvalForecast f = eval::forecastEvaluation(*r);
    const QString cost = f.simulated ? tr("free (simulated)")
        : f.allPricesKnown           ? text::cost(f.costUsd)
                                     : tr("at least %1 (some prices unknown)").arg(text::cost(f.costUsd));
    m_forecast->setText(tr("Forecast: %1 calls (%2 answers, %3 verdicts), about %4 tokens, %5.")
                            .arg(f.calls())
                            .arg(f.generateCalls)
                            .arg(f.judgeCalls)
                            .arg(text::tokens(f.promptTokens + f.completionTokens), cost));
}

bool EvaluationPanel::runEvaluation()
{
    QStringList notes;
    QString error;
    const std::optional<EvalPlan> p = plan();
    std::optional<eval::EvalResults> r = p ? buildEvaluation(*p, &notes, &error) : std::nullopt;
    if (!r || !m_session->start(*r, resultsPath(), &error)) {
        warn(error);
        return false;
    }
    m_tabs->setCurrentWidget(m_summary);
    emit evaluationStarted();
    return true;
}

bool EvaluationPanel::evaluateRunResult()
{
    if (m_session->isActive())
        return false;
    useDemoBenchmark();
    for (QCheckBox *b : {m_start, m_best, m_urial, m_instruct})
        b->setChecked(true);
    m_basic->setChecked(false);
    for (QCheckBox *b : std::as_const(m_importedBoxes))
        b->setChecked(false);
    return runEvaluation();
}

bool EvaluationPanel::exportReport(const QString &path)
{
    QString error;
    if (!EvalExport::write(m_session->results(), m_session->analysis(), path, &error)) {
        warn(error);
        return false;
    }
    return true;
}

void EvaluationPanel::updateControls()
{
    const EvalSession::State s = m_session->state();
    const bool active = m_session->isActive();
    const bool runFinished = m_run->hasRun() && m_run->record().status == model::RunState::Finished;
    m_start->setEnabled(runFinished);
    m_best->setEnabled(runFinished);
    const QString needsRun = tr("Available once a search has finished");
    m_start->setToolTip(runFinished ? tr("The run's root prompt, no examples") : needsRun);
    m_best->setToolTip(runFinished ? tr("The optimized prompt with K retrieved optimized examples") : needsRun);
    m_runButton->setEnabled(!active);
    m_pauseButton->setEnabled(s == EvalSession::State::Running);
    m_resumeButton->setEnabled(s == EvalSession::State::Paused);
    m_stopButton->setEnabled(s == EvalSession::State::Running || s == EvalSession::State::Paused);
    m_exportButton->setEnabled(!active && m_session->hasResults());
    m_openButton->setEnabled(!active);
    m_continueButton->setVisible(m_session->canContinue());
    if (!active && s != EvalSession::State::Idle)
        m_eta->setText(EvalSession::stateText(s));
    const QString file = m_session->resultsPath();
    if (file.isEmpty())
        m_fileLabel->clear();
    else if (m_session->canContinue())
        m_fileLabel->setText(tr("Interrupted evaluation in %1: %2 of %3 items judged. \u201c"
                                "Continue\u201d finishes it.")
                                 .arg(QDir::toNativeSeparators(file))
                                 .arg(m_session->results().doneCount())
                                 .arg(m_session->results().totalCount()));
    else
        m_fileLabel->setText(tr("Results file: %1").arg(QDir::toNativeSeparators(file)));
    m_fileLabel->setToolTip(m_fileLabel->text());
    m_fileLabel->setVisible(!file.isEmpty());
}

void EvaluationPanel::updateProgress(const eval::EvalProgress &p)
{
    m_progress->setMaximum(std::max(1, p.total));
    m_progress->setValue(std::min(p.done, std::max(1, p.total)));
    QString eta = EvalSession::stateText(m_session->state());
    if (m_session->isActive() && p.etaMs >= 0)
        eta = tr("about %1 left").arg(text::duration(p.etaMs));
    if (p.calls > 0 || p.cacheHits > 0)
        eta += QStringLiteral(" \u00b7 ") + tr("%1 calls, %2 from the cache").arg(p.calls).arg(p.cacheHits);
    m_eta->setText(eta);
}

void EvaluationPanel::chooseBenchmarkFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a benchmark"), QString(), tr("Benchmarks (*.json *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        loadBenchmark(path);
}

void EvaluationPanel::chooseJudgementFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import judgement files"), QString(), tr("just-eval judgements (*.json);;All files (*)"));
    if (!paths.isEmpty())
        importJudgements(paths);
}

void EvaluationPanel::chooseExportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the evaluation report"), QStringLiteral("evaluation.html"), EvalExport::fileFilter());
    if (!path.isEmpty())
        exportReport(path);
}

void EvaluationPanel::warn(const QString &text)
{
    if (m_prompter)
        m_prompter->warn(tr("Evaluation"), text);
}

} // namespace drpo::ui
