// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "eval/evalsession.h"
#include "eval/evaluationpanel.h"
#include "eval/experimentpanel.h"
#include "eval/experimentsession.h"
#include "models/examplemodel.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"
#include "panellayout.h"
#include "panels/beamtreepanel.h"
#include "panels/comparepanel.h"
#include "panels/criteriapanel.h"
#include "panels/inspectorpanel.h"
#include "panels/logpanel.h"
#include "panels/querysetpanel.h"
#include "panels/rewardchartspanel.h"
#include "panels/storypanel.h"
#include "projectdocument.h"
#include "projectsession.h"
#include "runsession.h"
#include "settingvalue.h"
#include "storynarrator.h"
#include "tree/beamtreeview.h"
#include "widgets/dialogprompter.h"
#include "widgets/runcontrolbar.h"
#include "widgets/runstatuswidget.h"
#include "widgets/welcomepage.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>

namespace drpo::ui {

namespace {
const SettingValue<QByteArray> kGeometry(QStringLiteral("ui/geometry"));
const SettingValue<QByteArray> kWindowState(QStringLiteral("ui/windowState"));

QTableView *tableOf(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_dialogs(std::make_unique<DialogPrompter>(
          this, [this](const QString &text, int ms) { statusBar()->showMessage(text, ms); }))
    , m_quiet(
          std::make_unique<QuietPrompter>([this](const QString &text, int ms) { statusBar()->showMessage(text, ms); }))
    , m_prompter(m_dialogs.get())
    , m_project(new ProjectSession(m_prompter, this))
    , m_layout(std::make_unique<PanelLayout>(this))
    , m_narrator(new StoryNarrator(m_project->run(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);
    m_welcome = new WelcomePage(this);
    m_tree = new BeamTreePanel(session(), this);
    m_center = new QStackedWidget(this);
    m_center->addWidget(m_welcome);
    buildEvaluation(); // the workspaces' tabs: the beam search and the evaluation
    m_center->addWidget(m_workspaces);
    setCentralWidget(m_center);

    m_runBar = new RunControlBar(this);
    addToolBar(Qt::TopToolBarArea, m_runBar);
    m_status = new RunStatusWidget(this);
    // No stretch: the status bar's left part must stay free for messages ("Saved …").
    statusBar()->addPermanentWidget(m_status);

    buildPanels();
    buildMenus();
    connectSession();
    if (!restoreGeometry(kGeometry.value())) {
        resize(1500, 920);
        m_layout->applyDefaultSizes();
        m_layout->rememberDefault();
    }
    m_layout->restore(kWindowState.value());
    refillRecentMenu(m_project->recentFiles());
    showProject();
}

MainWindow::~MainWindow() = default;

ProjectDocument *MainWindow::document() const
{
    return m_project->document();
}

RunSession *MainWindow::session() const
{
    return m_project->run();
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    return m_layout->dock(objectName);
}

void MainWindow::buildPanels()
{
    RunSession *run = session();
    m_queries = new QuerySetPanel(document(), run, this);
    m_criteria = new CriteriaPanel(document(), run, this);
    m_charts = new RewardChartsPanel(run, this);
    m_inspector = new InspectorPanel(run, this);
    m_compare = new ComparePanel(run, this);
    m_story = new StoryPanel(m_narrator, this);
    m_log = new LogPanel(run, this);

    m_layout->add(m_queries, tr("Query sets"), QStringLiteral("queriesDock"));
    m_layout->add(m_criteria, tr("Criteria library"), QStringLiteral("criteriaDock"));
    m_layout->add(tableOf(run->examples(), this), tr("Examples"), QStringLiteral("examplesDock"));
    m_layout->add(m_story, tr("Story"), QStringLiteral("storyDock"));
    m_layout->add(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"));
    m_layout->add(m_compare, tr("Compare"), QStringLiteral("compareDock"));
    m_layout->add(m_charts, tr("Reward charts"), QStringLiteral("chartsDock"));
    m_layout->add(tableOf(run->levels(), this), tr("Levels"), QStringLiteral("levelsDock"));
    m_layout->add(m_log, tr("Log"), QStringLiteral("logDock"));
    m_layout->arrangeDefault();
}

void MainWindow::connectSession()
{
    RunSession *run = session();
    // Narration follows the session's events.
    connect(run, &RunSession::stateChanged, m_narrator, &StoryNarrator::onStateChanged);
    connect(run, &RunSession::selectionMade, m_narrator, &StoryNarrator::onSelectionMade);
    connect(run, &RunSession::nodeUpdated, m_narrator, &StoryNarrator::onNodeUpdated);
    connect(run, &RunSession::levelFinished, m_narrator, &StoryNarrator::onLevelFinished);
    connect(run, &RunSession::exampleUpdated, m_narrator, &StoryNarrator::onExampleUpdated);
    connect(run, &RunSession::bestChanged, m_narrator, &StoryNarrator::onBestChanged);
    connect(run, &RunSession::cleared, this, [this] {
        m_narrator->reset();
        m_narrator->setSimulated(session()->simulated());
        m_story->clear();
        m_story->setSimulated(session()->simulated());
    });

    connect(run, &RunSession::stateChanged, this, [this](engine::RunState state) {
        updateActions();
        // Hints such as "the last run did not finish" are stale once a run is going.
        if (state == engine::RunState::Running)
            statusBar()->clearMessage();
    });
    connect(run, &RunSession::stateChanged, m_status, &RunStatusWidget::setState);
    connect(run, &RunSession::statsChanged, m_status, &RunStatusWidget::setStats);
    connect(run, &RunSession::bestChanged, m_status, &RunStatusWidget::setBest);
    connect(run, &RunSession::nodeAdded, this, [this](const model::Node &n) {
        // A human edit was accepted: show it, so the user sees it being judged.
        if (n.origin == model::Origin::Human)
            session()->setCurrentNode(n.id);
    });
    connect(run, &RunSession::bestChanged, this, [this](const engine::BestNode &best) {
        // The inspector follows the engine's best while the user has not chosen a node.
        const QString current = session()->currentNodeId();
        const QString root = session()->record().nodes.value(0).id;
        if (current.isEmpty() || current == root || current == m_followedBest)
            session()->setCurrentNode(best.nodeId);
        m_followedBest = best.nodeId;
    });
    connect(run, &RunSession::finished, this, &MainWindow::updateActions);

    connect(m_runBar, &RunControlBar::startRequested, this, &MainWindow::startRun);
    connect(m_runBar, &RunControlBar::pauseRequested, run, &RunSession::pause);
    connect(m_runBar, &RunControlBar::resumeRequested, run, &RunSession::resume);
    connect(m_runBar, &RunControlBar::stepRequested, run, &RunSession::step);
    connect(m_runBar, &RunControlBar::stopRequested, run, &RunSession::stop);
    connect(m_runBar, &RunControlBar::settingsEdited, this,
        [this] { document()->setSettings(m_runBar->settings(document()->project().settings)); });

    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openInteractive);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::recoverRequested, this, &MainWindow::recoverInterruptedRun);
    connect(m_project, &ProjectSession::recoveryChanged, m_welcome, &WelcomePage::setRecovery);
    connect(m_project, &ProjectSession::recentFilesChanged, this, &MainWindow::refillRecentMenu);
    connect(m_project, &ProjectSession::demoOpened, this, [this] {
        if (QDockWidget *story = dock(QStringLiteral("storyDock"))) {
            story->show();
            story->raise();
        }
    });

    connect(m_inspector, &InspectorPanel::editPromptRequested, this, &MainWindow::editPrompt);
    connect(m_inspector, &InspectorPanel::branchRequested, this, &MainWindow::branchFrom);
    connect(m_inspector, &InspectorPanel::compareWithParentRequested, this, [this](const QString &id) {
        if (const model::Node *n = session()->record().node(id))
            showCompare(n->parentId, n->id);
    });
    connect(m_tree->view(), &BeamTreeView::nodeContextMenuRequested, this, &MainWindow::nodeMenu);
    connect(m_tree->view(), &BeamTreeView::nodeActivated, this, [this](const QString &id) {
        if (QDockWidget *d = dock(QStringLiteral("inspectorDock")))
            d->raise();
        session()->setCurrentNode(id);
    });

    connect(document(), &ProjectDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(document(), &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(document(), &ProjectDocument::projectReset, this, &MainWindow::showProject);
    connect(document(), &ProjectDocument::changed, this, [this](ProjectDocument::Change c) {
        if (c == ProjectDocument::Change::Settings)
            m_runBar->setSettings(document()->project().settings);
    });
}

void MainWindow::setPrompter(UserPrompter *prompter)
{
    m_prompter = prompter ? prompter : (m_interactive ? m_dialogs.get() : m_quiet.get());
    m_project->setPrompter(m_prompter);
    m_evaluation->setPrompter(m_prompter);
    m_experiments->setPrompter(m_prompter);
}

void MainWindow::setInteractive(bool interactive)
{
    m_interactive = interactive;
    setPrompter(nullptr);
}

void MainWindow::warn(const QString &title, const QString &text)
{
    m_prompter->warn(title, text);
}

void MainWindow::resetLayout()
{
    m_layout->reset();
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::save(mode);
    Theme::apply(mode);
}

void MainWindow::updateTitle()
{
    QString title = document()->isOpen() ? document()->displayName() + QStringLiteral("[*]") : QString();
    if (m_project->isDemo())
        title += QLatin1Char(' ') + tr("(simulated demo)");
    setWindowTitle(title.isEmpty() ? tr("DRPO Studio") : title + QStringLiteral(" \u2014 ") + tr("DRPO Studio"));
    setWindowModified(document()->isDirty());
}

void MainWindow::updateActions()
{
    const bool open = document()->isOpen();
    m_runBar->setRunState(session()->state(), open);
    m_inspector->setCanSteer(session()->state() == engine::RunState::Paused);
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_resumeLastAction->setEnabled(m_project->canResumeLastRun());
    updateEvaluateAction();
}

void MainWindow::showProject()
{
    const bool open = document()->isOpen();
    m_center->setCurrentWidget(open ? static_cast<QWidget *>(m_workspaces) : m_welcome);
    // The welcome page stands alone; the panels come back, as the user left them, with a project.
    if (open)
        m_layout->showAfterWelcome();
    else
        m_layout->hideForWelcome();
    if (!open)
        m_project->refreshRecovery();
    m_status->setVisible(open); // "Level 0 of 0" means nothing without a project
    m_runBar->setSettings(document()->project().settings);
    updateTitle();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_skipSavePrompt && !m_project->maybeSave()) {
        event->ignore();
        return;
    }
    if (m_interactive) { // headless runs (screenshots, tests) leave the user's layout alone
        kGeometry.setValue(saveGeometry());
        kWindowState.setValue(m_layout->stateToKeep());
    }
    m_eval->stopAndWait(15000);
    m_experiment->stopAndWait(15000); // the experiment file stays resumable
    m_project->shutDown();
    event->accept();
}

} // namespace drpo::ui
