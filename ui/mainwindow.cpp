#include "mainwindow.h"

#include "models/examplemodel.h"
#include "models/levelmodel.h"
#include "models/nodemodel.h"
#include "panels/beamtreepanel.h"
#include "panels/comparepanel.h"
#include "panels/criteriapanel.h"
#include "panels/inspectorpanel.h"
#include "panels/logpanel.h"
#include "panels/querysetpanel.h"
#include "panels/rewardchartspanel.h"
#include "panels/storypanel.h"
#include "projectdocument.h"
#include "rundriver.h"
#include "runsession.h"
#include "settingvalue.h"
#include "storynarrator.h"
#include "tree/beamtreeview.h"
#include "widgets/runcontrolbar.h"
#include "widgets/runstatuswidget.h"
#include "widgets/theme.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace drpo::ui {

namespace {
const SettingValue<QByteArray> kGeometry(QStringLiteral("ui/geometry"));
const SettingValue<QByteArray> kWindowState(QStringLiteral("ui/windowState"));
const SettingValue<QString> kLanguage(QStringLiteral("ui/language"));
constexpr int kLayoutVersion = 2; // bump when the set of docks changes
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new ProjectDocument(this))
    , m_session(new RunSession(this))
    , m_driver(new RunDriver(m_session, this))
    , m_narrator(new StoryNarrator(m_session->nodes(), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setDockNestingEnabled(true);
    m_welcome = new WelcomePage(this);
    m_tree = new BeamTreePanel(m_session, this);
    m_center = new QStackedWidget(this);
    m_center->addWidget(m_welcome);
    m_center->addWidget(m_tree);
    setCentralWidget(m_center);

    m_runBar = new RunControlBar(this);
    addToolBar(Qt::TopToolBarArea, m_runBar);
    m_status = new RunStatusWidget(this);
    // No stretch: the status bar's left part must stay free for messages ("Saved …").
    statusBar()->addPermanentWidget(m_status);

    buildDocks();
    buildMenus();
    m_defaultState = saveState(kLayoutVersion);
    restoreGeometry(kGeometry.value());
    restoreState(kWindowState.value(), kLayoutVersion);

    // Narration follows the session's events.
    connect(m_session, &RunSession::stateChanged, m_narrator, &StoryNarrator::onStateChanged);
    connect(m_session, &RunSession::selectionMade, m_narrator, &StoryNarrator::onSelectionMade);
    connect(m_session, &RunSession::nodeUpdated, m_narrator, &StoryNarrator::onNodeUpdated);
    connect(m_session, &RunSession::nodeAdded, m_narrator, &StoryNarrator::onNodeUpdated);
    connect(m_session, &RunSession::levelFinished, m_narrator, &StoryNarrator::onLevelFinished);
    connect(m_session, &RunSession::exampleUpdated, m_narrator, &StoryNarrator::onExampleUpdated);
    connect(m_session, &RunSession::cleared, this, [this] {
        m_narrator->reset();
        m_narrator->setSimulated(m_session->simulated());
        m_story->clear();
        m_story->setSimulated(m_session->simulated());
    });

    connect(m_session, &RunSession::stateChanged, this, [this](engine::RunState state) {
        updateActions();
        // Hints such as "the last run did not finish" are stale once a run is going.
        if (state == engine::RunState::Running)
            statusBar()->clearMessage();
    });
    connect(m_session, &RunSession::stateChanged, m_status, &RunStatusWidget::setState);
    connect(m_session, &RunSession::statsChanged, m_status, &RunStatusWidget::setStats);
    connect(m_session, &RunSession::nodeAdded, this, [this](const model::Node &n) {
        // A human edit was accepted: show it, so the user sees it being judged.
        if (n.origin == model::Origin::Human)
            m_session->setCurrentNode(n.id);
    });
    connect(m_session, &RunSession::levelFinished, this, [this] {
        // Keep the inspector on the best node while the user has not chosen one.
        if (m_session->currentNodeId().isEmpty() ||
            m_session->currentNodeId() == m_session->nodes()->nodes().value(0).id)
            m_session->setCurrentNode(m_session->nodes()->bestNodeId());
    });
    connect(m_driver, &RunDriver::recordSaved, this, [this](const model::RunRecord &r) {
        m_lastRecord = r;
        m_hasLastRecord = true;
        m_document->putRun(r);
    });
    connect(m_driver, &RunDriver::finished, this, [this](const model::RunRecord &r) {
        m_lastRecord = r;
        m_hasLastRecord = true;
        m_document->putRun(r);
        updateActions();
    });

    connect(m_runBar, &RunControlBar::startRequested, this, &MainWindow::startRun);
    connect(m_runBar, &RunControlBar::pauseRequested, m_driver, &RunDriver::pause);
    connect(m_runBar, &RunControlBar::resumeRequested, m_driver, &RunDriver::resume);
    connect(m_runBar, &RunControlBar::stepRequested, m_driver, &RunDriver::step);
    connect(m_runBar, &RunControlBar::stopRequested, m_driver, &RunDriver::stop);
    connect(m_runBar, &RunControlBar::settingsEdited, this,
        [this] { m_document->setSettings(m_runBar->settings(m_document->project().settings)); });

    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newProject);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openInteractive);
    connect(m_welcome, &WelcomePage::openFileRequested, this, &MainWindow::openFile);
    connect(m_welcome, &WelcomePage::recoverRequested, this, &MainWindow::recoverInterruptedRun);

    connect(m_inspector, &InspectorPanel::editPromptRequested, this, &MainWindow::editPrompt);
    connect(m_inspector, &InspectorPanel::branchRequested, this, &MainWindow::branchFrom);
    connect(m_inspector, &InspectorPanel::compareWithParentRequested, this, [this](const QString &id) {
        if (const model::Node *n = m_session->nodes()->node(id))
            showCompare(n->parentId, n->id);
    });
    connect(m_tree->view(), &BeamTreeView::nodeContextMenuRequested, this, &MainWindow::nodeMenu);
    connect(m_tree->view(), &BeamTreeView::nodeActivated, this, [this](const QString &id) {
        if (QDockWidget *d = dock(QStringLiteral("inspectorDock")))
            d->raise();
        m_session->setCurrentNode(id);
    });

    connect(m_document, &ProjectDocument::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_document, &ProjectDocument::projectReset, this, &MainWindow::showProject);
    connect(m_document, &ProjectDocument::changed, this, [this](ProjectDocument::Change c) {
        if (c == ProjectDocument::Change::Settings)
            m_runBar->setSettings(m_document->project().settings);
    });

    m_autosave.setInterval(60 * 1000);
    connect(&m_autosave, &QTimer::timeout, this, &MainWindow::autosave);
    m_autosave.start();

    if (!restoreGeometry(kGeometry.value())) {
        resize(1500, 920);
        applyDefaultDockSizes();
        m_defaultState = saveState(kLayoutVersion);
    }
    refillRecentMenu();
    showProject();
}

MainWindow::~MainWindow() = default;

QDockWidget *MainWindow::addPanel(
    QWidget *panel, const QString &title, const QString &objectName, Qt::DockWidgetArea area)
{
    auto *d = new QDockWidget(title, this);
    d->setObjectName(objectName);
    d->setWidget(panel);
    addDockWidget(area, d);
    m_docks.append(d);
    return d;
}

QDockWidget *MainWindow::dock(const QString &objectName) const
{
    for (QDockWidget *d : m_docks)
        if (d->objectName() == objectName)
            return d;
    return nullptr;
}

void MainWindow::buildDocks()
{
    m_queries = new QuerySetPanel(m_document, m_session, this);
    m_criteria = new CriteriaPanel(m_document, m_session, this);
    m_charts = new RewardChartsPanel(m_session, this);
    m_inspector = new InspectorPanel(m_session, this);
    m_compare = new ComparePanel(m_session, this);
    m_story = new StoryPanel(m_narrator, this);
    m_log = new LogPanel(m_session, this);

    auto *examples = new QTableView(this);
    examples->setModel(m_session->examples());
    examples->verticalHeader()->hide();
    examples->horizontalHeader()->setStretchLastSection(true);
    auto *levels = new QTableView(this);
    levels->setModel(m_session->levels());
    levels->verticalHeader()->hide();
    levels->horizontalHeader()->setStretchLastSection(true);

    QDockWidget *queries = addPanel(m_queries, tr("Query sets"), QStringLiteral("queriesDock"), Qt::LeftDockWidgetArea);
    QDockWidget *criteria =
        addPanel(m_criteria, tr("Criteria library"), QStringLiteral("criteriaDock"), Qt::LeftDockWidgetArea);
    QDockWidget *exampleDock =
        addPanel(examples, tr("Examples"), QStringLiteral("examplesDock"), Qt::LeftDockWidgetArea);
    QDockWidget *story = addPanel(m_story, tr("Story"), QStringLiteral("storyDock"), Qt::LeftDockWidgetArea);
    QDockWidget *inspector =
        addPanel(m_inspector, tr("Inspector"), QStringLiteral("inspectorDock"), Qt::RightDockWidgetArea);
    QDockWidget *compare = addPanel(m_compare, tr("Compare"), QStringLiteral("compareDock"), Qt::RightDockWidgetArea);
    QDockWidget *charts =
        addPanel(m_charts, tr("Reward charts"), QStringLiteral("chartsDock"), Qt::RightDockWidgetArea);
    QDockWidget *levelDock = addPanel(levels, tr("Levels"), QStringLiteral("levelsDock"), Qt::BottomDockWidgetArea);
    QDockWidget *log = addPanel(m_log, tr("Log"), QStringLiteral("logDock"), Qt::BottomDockWidgetArea);

    // Default: query sets (with criteria and examples as tabs) over the story on the left;
    // inspector (with compare) over the charts on the right; log at the bottom.
    splitDockWidget(queries, story, Qt::Vertical);
    tabifyDockWidget(queries, criteria);
    tabifyDockWidget(queries, exampleDock);
    queries->raise();
    splitDockWidget(inspector, charts, Qt::Vertical);
    tabifyDockWidget(inspector, compare);
    inspector->raise();
    tabifyDockWidget(log, levelDock);
    log->raise();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open\u2026"), QKeySequence::Open, this, &MainWindow::openInteractive);
    file->addAction(tr("Open the offline &demo"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), QKeySequence::Save, this, &MainWindow::save);
    m_saveAsAction = file->addAction(tr("Save &as\u2026"), QKeySequence::SaveAs, this, &MainWindow::saveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *run = menuBar()->addMenu(tr("&Run"));
    run->addAction(m_runBar->startAction());
    run->addAction(m_runBar->pauseAction());
    run->addAction(m_runBar->resumeAction());
    run->addAction(m_runBar->stepAction());
    run->addAction(m_runBar->stopAction());
    run->addSeparator();
    m_resumeLastAction = run->addAction(tr("Resume the &interrupted run"), this, &MainWindow::resumeLastRun);
    run->addAction(tr("&Models\u2026"), this, &MainWindow::editModels);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : m_docks)
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addAction(m_runBar->toggleViewAction());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(tr("&Reset layout"), this, &MainWindow::resetLayout);
    QMenu *themeMenu = m_viewMenu->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(this);
    const QList<std::pair<Theme::Mode, QString>> modes = {
        {Theme::Mode::System, tr("&System")}, {Theme::Mode::Light, tr("&Light")}, {Theme::Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, name] : modes) {
        QAction *a = themeMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(Theme::current() == mode);
        a->setData(Theme::key(mode));
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [this, mode = mode] { setTheme(mode); });
    }

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = kLanguage.value();
    const QList<std::pair<QString, QString>> languages = {{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("\u7b80\u4f53\u4e2d\u6587")}};
    for (const auto &[code, name] : languages) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(current == code || (current.isEmpty() && code == u"en"));
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code = code] { setLanguage(code); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DRPO Studio"), this, &MainWindow::showAbout);
}

void MainWindow::applyDefaultDockSizes()
{
    // Room for the charts under the inspector, for the story under the query sets, a short log.
    resizeDocks(
        {dock(QStringLiteral("queriesDock")), dock(QStringLiteral("inspectorDock"))}, {420, 480}, Qt::Horizontal);
    resizeDocks({dock(QStringLiteral("inspectorDock")), dock(QStringLiteral("chartsDock"))}, {330, 330}, Qt::Vertical);
    resizeDocks({dock(QStringLiteral("queriesDock")), dock(QStringLiteral("storyDock"))}, {300, 360}, Qt::Vertical);
    resizeDocks({dock(QStringLiteral("logDock"))}, {150}, Qt::Vertical);
}

void MainWindow::resetLayout()
{
    for (QDockWidget *d : m_docks)
        d->setVisible(true);
    restoreState(m_defaultState, kLayoutVersion);
    // The saved default may come from a smaller window (restored geometry): size the docks anew.
    applyDefaultDockSizes();
}

void MainWindow::setTheme(Theme::Mode mode)
{
    Theme::save(mode);
    Theme::apply(mode);
}

void MainWindow::setLanguage(const QString &code)
{
    // A restart, not live retranslation: every panel, table header, tooltip and the story
    // already told were built in the old language, and a restart that reopens the same
    // project (and its run, from the run file) changes all of them reliably.
    const bool changed = kLanguage.value() != code;
    kLanguage.setValue(code);
    if (!m_interactive || !changed)
        return;
    QMessageBox box(QMessageBox::Question, tr("Language"),
        tr("The new language is used after DRPO Studio restarts. Restart now? The open project is "
           "opened again."),
        QMessageBox::NoButton, this);
    if (m_driver->isActive())
        box.setInformativeText(tr("The run in progress is stopped first and continues after the restart."));
    QPushButton *restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() == restart)
        restartApplication();
}

QStringList MainWindow::restartArguments() const
{
    QStringList args;
    if (m_isDemo && m_document->filePath().isEmpty())
        args = {QStringLiteral("--demo")};
    else if (!m_document->filePath().isEmpty())
        args = {m_document->filePath()};
    // A run in progress is stopped for the restart (its record stays resumable) and resumed after it.
    if (!args.isEmpty() && m_driver->isActive())
        args.append(QStringLiteral("--resume-run"));
    return args;
}

void MainWindow::restartApplication()
{
    if (!maybeSave())
        return;
    const QStringList args = restartArguments();
    // The run must have written its last record before the new process reads it.
    m_driver->stop();
    QElapsedTimer waited;
    waited.start();
    while (m_driver->isActive() && waited.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
        warn(tr("Language"), tr("DRPO Studio could not restart itself; please start it again."));
        return;
    }
    m_skipSavePrompt = true; // the user has just answered it
    close();
}

void MainWindow::updateTitle()
{
    QString title = m_document->isOpen() ? m_document->displayName() + QStringLiteral("[*]") : QString();
    if (m_isDemo)
        title += QLatin1Char(' ') + tr("(simulated demo)");
    setWindowTitle(title.isEmpty() ? tr("DRPO Studio") : title + QStringLiteral(" \u2014 ") + tr("DRPO Studio"));
    setWindowModified(m_document->isDirty());
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    m_runBar->setRunState(m_session->state(), open);
    m_inspector->setCanSteer(m_session->state() == engine::RunState::Paused);
    m_saveAction->setEnabled(open);
    m_saveAsAction->setEnabled(open);
    m_resumeLastAction->setEnabled(
        open && m_hasLastRecord && !m_driver->isActive() && m_lastRecord.status != model::RunStatus::Finished);
}

void MainWindow::showProject()
{
    const bool open = m_document->isOpen();
    const bool wasWelcome = m_center->currentWidget() == m_welcome;
    m_center->setCurrentWidget(open ? static_cast<QWidget *>(m_tree) : m_welcome);
    // The welcome page stands alone; the panels come back, as the user left them, with a project.
    if (!open && !m_welcomeShown) {
        m_panelState = saveState(kLayoutVersion);
        for (QDockWidget *d : m_docks)
            d->hide();
        m_welcomeShown = true;
    } else if (open && wasWelcome && m_welcomeShown) {
        restoreState(m_panelState, kLayoutVersion);
        m_welcomeShown = false;
    }
    if (!open)
        offerRecovery();
    m_status->setVisible(open); // "Level 0 of 0, best 0.00" means nothing without a project
    m_runBar->setSettings(m_document->project().settings);
    updateTitle();
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_skipSavePrompt && !maybeSave()) {
        event->ignore();
        return;
    }
    // A clean exit: whatever was not saved was discarded on purpose, so no backup is offered later.
    if (m_document->isOpen())
        QFile::remove(m_document->filePath().isEmpty() ? untitledBackupPath()
                                                       : m_document->filePath() + QStringLiteral(".autosave"));
    if (m_interactive) { // headless runs (screenshots, tests) leave the user's layout alone
        kGeometry.setValue(saveGeometry());
        kWindowState.setValue(m_welcomeShown ? m_panelState : saveState(kLayoutVersion));
    }
    m_driver->stop();
    event->accept();
}

void MainWindow::warn(const QString &title, const QString &text)
{
    if (m_interactive)
        QMessageBox::warning(this, title, text);
    else
        statusBar()->showMessage(text, 10000);
}

} // namespace drpo::ui
