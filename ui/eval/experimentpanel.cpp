// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentpanel.h"

#include "eval/experimentcellmodel.h"
#include "eval/experimentreport.h"
#include "eval/experimentresultsview.h"
#include "eval/experimentsession.h"
#include "eval/experimentsetupview.h"
#include "io/atomicfile.h"
#include "projectdocument.h"
#include "userprompter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace drpo::ui {

ExperimentPanel::ExperimentPanel(ExperimentSession *session, const ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_document(document)
{
    setObjectName(QStringLiteral("experimentPanel"));
    auto *setupBox = new QGroupBox(tr("Grid"), this);
    m_setup = new ExperimentSetupView(document, setupBox);
    m_problem = new QLabel(setupBox);
    m_problem->setObjectName(QStringLiteral("experimentProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    auto *setupLayout = new QVBoxLayout(setupBox);
    setupLayout->addWidget(m_setup);
    setupLayout->addWidget(m_problem);

    m_startButton = new QPushButton(tr("&Start"), this);
    m_startButton->setObjectName(QStringLiteral("experimentStartButton"));
    m_startButton->setToolTip(tr("Asks where the experiment file goes (it resumes from there), then runs every cell"));
    m_pauseButton = new QPushButton(tr("&Pause"), this);
    m_pauseButton->setToolTip(tr("Hold at the next safe point (a level, a batch, or before the next cell)"));
    m_resumeButton = new QPushButton(tr("Res&ume"), this);
    m_stopButton = new QPushButton(tr("St&op"), this);
    m_stopButton->setToolTip(tr("Stop at the next safe point; the file can be opened and resumed later"));
    m_openButton = new QPushButton(tr("&Open experiment\u2026"), this);
    m_openButton->setToolTip(tr("Show an experiment file; an unfinished one continues where it stopped"));
    m_exportButton = new QPushButton(tr("E&xport report\u2026"), this);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(tr("%v of %m cells"));
    m_progress->setMinimumWidth(120);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("experimentStatus"));
    m_status->setTextFormat(Qt::PlainText);
    // A long phase line must not widen the window past the screen: it is cut, the tooltip has it.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_status->setMinimumWidth(60);
    m_file = new QLabel(this);
    m_file->setTextFormat(Qt::PlainText);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *controls = new QHBoxLayout;
    for (QPushButton *b : {m_startButton, m_pauseButton, m_resumeButton, m_stopButton})
        controls->addWidget(b);
    controls->addWidget(m_progress);
    controls->addWidget(m_status, 1);

    m_cellModel = new ExperimentCellModel(session, this);
    m_cellView = new QTableView(this);
    m_cellView->setObjectName(QStringLiteral("experimentCells"));
    m_cellView->setModel(m_cellModel);
    m_cellView->setAlternatingRowColors(true);
    m_cellView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cellView->setWordWrap(false);
    m_cellView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_cellView->horizontalHeader()->setSectionResizeMode(ExperimentCellModel::State, QHeaderView::Stretch);
    m_results = new ExperimentResultsView(session, this);

    auto *cellsBox = new QWidget(this);
    auto *cellsLayout = new QVBoxLayout(cellsBox);
    cellsLayout->setContentsMargins(0, 0, 0, 0);
    auto *cellsTitle = new QLabel(tr("Cells: one DRPO run each, then its evaluation"), cellsBox);
    cellsTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The file actions sit with what they show: the cells and their tables.
    auto *cellsHeader = new QHBoxLayout;
    cellsHeader->addWidget(cellsTitle, 1);
    cellsHeader->addWidget(m_openButton);
    cellsHeader->addWidget(m_exportButton);
    cellsLayout->addLayout(cellsHeader);
    cellsLayout->addWidget(m_cellView, 1);
    cellsLayout->addWidget(m_file);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(cellsBox);
    split->addWidget(m_results);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    split->setSizes({1000, 2000}); // proportions until shown: the results get the room

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(setupBox);
    layout->addLayout(controls);
    layout->addWidget(split, 1);

    connect(m_setup, &ExperimentSetupView::changed, this, &ExperimentPanel::updateControls);
    connect(m_startButton, &QPushButton::clicked, this, qOverload<>(&ExperimentPanel::startExperiment));
    connect(m_pauseButton, &QPushButton::clicked, session, &ExperimentSession::pause);
    connect(m_resumeButton, &QPushButton::clicked, session, &ExperimentSession::resume);
    connect(m_stopButton, &QPushButton::clicked, session, &ExperimentSession::stop);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const QString path = choose(FileQuestion::OpenExperiment, QFileInfo(suggestedPath()).absolutePath());
        if (!path.isEmpty())
            openExperiment(path);
    });
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QFileInfo info(m_session->path());
        const QString path =
            choose(FileQuestion::ExportReport, info.dir().filePath(info.completeBaseName() + QStringLiteral(".html")));
        if (!path.isEmpty())
            exportReport(path);
    });
    connect(session, &ExperimentSession::stateChanged, this, &ExperimentPanel::updateControls);
    connect(session, &ExperimentSession::progressChanged, this, &ExperimentPanel::updateProgress);
    connect(session, &ExperimentSession::logLine, this, [this](const QString &message, bool warning) {
        if (warning)
            note(message);
    });
    connect(session, &ExperimentSession::finished, this, [this](bool complete) {
        if (complete)
            note(tr("The experiment has finished: every cell is done."));
        else if (!m_session->stoppedByUser() && !m_session->lastError().isEmpty())
            warn(tr("The experiment stopped: %1\nOpen %2 to continue it.")
                     .arg(m_session->lastError(), QDir::toNativeSeparators(m_session->path())));
    });
    updateControls();
    updateProgress();
}

void ExperimentPanel::setPrompter(UserPrompter *prompter)
{
    m_prompter = prompter;
    m_setup->setPrompter(prompter);
}

QString ExperimentPanel::statusText() const
{
    return m_status->text();
}

QString ExperimentPanel::suggestedPath() const
{
    // Beside the project, or in the app's data folder for the demo and unsaved projects.
    const QString project = m_document->filePath();
    const QDir dir = project.isEmpty()
        ? QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/experiments"))
        : QFileInfo(project).absoluteDir();
    const QString base = project.isEmpty() ? QStringLiteral("experiment")
                                           : QFileInfo(project).completeBaseName() + QStringLiteral("-experiment");
    QString path = dir.filePath(base + QStringLiteral(".json"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = dir.filePath(QStringLiteral("%1-%2.json").arg(base).arg(n));
    return path;
}

QString ExperimentPanel::choose(FileQuestion question, const QString &suggested)
{
    if (m_chooser)
        return m_chooser(question, suggested);
    switch (question) {
    case FileQuestion::NewExperiment:
        QDir().mkpath(QFileInfo(suggested).absolutePath());
        return QFileDialog::getSaveFileName(
            this, tr("Save the experiment as"), suggested, tr("Experiments (*.json);;All files (*)"));
    case FileQuestion::OpenExperiment:
        return QFileDialog::getOpenFileName(
            this, tr("Open an experiment"), suggested, tr("Experiments (*.json);;All files (*)"));
    case FileQuestion::ExportReport:
        return QFileDialog::getSaveFileName(this, tr("Export the experiment report"), suggested,
            tr("HTML report (*.html);;Markdown report (*.md);;CSV tables (*.csv)"));
    }
    return {};
}

bool ExperimentPanel::startExperiment()
{
    const QString problem = m_setup->problem();
    if (!problem.isEmpty()) {
        warn(problem);
        return false;
    }
    const QString path = choose(FileQuestion::NewExperiment, suggestedPath());
    return !path.isEmpty() && startExperiment(path);
}

bool ExperimentPanel::startExperiment(const QString &path)
{
    QString error;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    std::optional<eval::Experiment> e = m_setup->experiment(absolute, &error);
    if (!e || !QDir().mkpath(QFileInfo(absolute).absolutePath()) || !m_session->start(*e, absolute, &error)) {
        warn(error.isEmpty() ? tr("Cannot create the folder of %1.").arg(absolute) : error);
        return false;
    }
    return true;
}

bool ExperimentPanel::openExperiment(const QString &path)
{
    bool resumed = false;
    QString error;
    if (!m_session->load(QFileInfo(path).absoluteFilePath(), &resumed, &error)) {
        warn(tr("Cannot open the experiment: %1").arg(error));
        return false;
    }
    const eval::Experiment &e = m_session->experiment();
    m_setup->setGrid(e.grid);
    if (resumed)
        note(tr("Resuming %1: %2 of %3 cells were done; the others continue where they stopped.")
                 .arg(QFileInfo(path).fileName())
                 .arg(e.doneCells())
                 .arg(e.cells.size()));
    else
        note(tr("%1 is finished: its tables are shown.").arg(QFileInfo(path).fileName()));
    return true;
}

bool ExperimentPanel::exportReport(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const std::optional<eval::ReportFormat> format = suffix == u"htm" ? std::optional(eval::ReportFormat::Html)
        : suffix == u"markdown"                                       ? std::optional(eval::ReportFormat::Markdown)
        : suffix == u"md" || suffix == u"html" || suffix == u"csv"    ? eval::reportFormatFromName(suffix)
                                                                      : std::nullopt;
    if (!format) {
        warn(tr("%1: choose a file ending in .html, .md or .csv.").arg(path));
        return false;
    }
    QString error;
    const std::optional<QByteArray> bytes = eval::renderExperimentReport(m_session->experiment(), *format, &error);
    if (!bytes || !io::writeFileAtomic(path, *bytes, &error)) {
        warn(tr("Cannot export the report: %1").arg(error));
        return false;
    }
    note(tr("Report written to %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ExperimentPanel::updateControls()
{
    const ExperimentSession::State s = m_session->state();
    const bool active = m_session->isActive();
    const QString problem = m_setup->problem();
    m_setup->setEditable(!active);
    m_problem->setText(active ? QString() : problem);
    m_problem->setVisible(!active && !problem.isEmpty());
    m_startButton->setEnabled(!active && problem.isEmpty());
    m_startButton->setToolTip(problem.isEmpty() ? tr("Asks where the experiment file goes (it resumes from there), "
                                                     "then runs every cell")
                                                : problem);
    m_pauseButton->setEnabled(s == ExperimentSession::State::Running);
    m_resumeButton->setEnabled(s == ExperimentSession::State::Paused);
    m_stopButton->setEnabled(s == ExperimentSession::State::Running || s == ExperimentSession::State::Paused);
    m_openButton->setEnabled(!active);
    m_exportButton->setEnabled(!active && m_session->hasExperiment());
    updateProgress();
}

void ExperimentPanel::updateProgress()
{
    const ExperimentSession::Progress &p = m_session->progress();
    // Before any experiment: the cells the boxes describe.
    const eval::ExperimentGrid g = m_setup->grid();
    const int cells =
        m_session->hasExperiment() ? p.cells : int(g.search.size() * g.criteriaStage1.size() * g.criteriaStage2.size());
    m_progress->setMaximum(std::max(1, cells));
    m_progress->setValue(std::min(p.cellsDone, std::max(1, cells)));
    m_status->setText(m_session->statusText());
    m_status->setToolTip(m_session->statusText());
    QString file;
    if (!m_session->path().isEmpty()) {
        file = tr("Experiment file: %1").arg(QDir::toNativeSeparators(m_session->path()));
        if (m_session->lastSaved().isValid())
            file += QStringLiteral(" \u00b7 ") +
                tr("saved at %1").arg(QLocale().toString(m_session->lastSaved().time(), QLocale::LongFormat));
    }
    m_file->setText(file);
}

void ExperimentPanel::warn(const QString &text)
{
    if (m_prompter)
        m_prompter->warn(tr("Experiments"), text);
}

void ExperimentPanel::note(const QString &text)
{
    if (m_prompter)
        m_prompter->notify(text, 10000);
}

} // namespace drpo::ui
