// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's menus, the project commands they call, language and restart.
#include "mainwindow.h"

#include "panellayout.h"
#include "projectdocument.h"
#include "projectsession.h"
#include "runsession.h"
#include "settingvalue.h"
#include "userprompter.h"
#include "widgets/runcontrolbar.h"
#include "widgets/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QUndoStack>

namespace drpo::ui {

namespace {
const SettingValue<QString> kLanguage(QStringLiteral("ui/language"));
} // namespace

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New project"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open\u2026"), QKeySequence::Open, this, &MainWindow::openInteractive);
    file->addAction(tr("Open the offline &demo"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save"), QKeySequence::Save, m_project, &ProjectSession::save);
    m_saveAsAction = file->addAction(tr("Save &as\u2026"), QKeySequence::SaveAs, m_project, &ProjectSession::saveAs);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = document()->undoStack()->createUndoAction(this, tr("&Undo"));
    QAction *redo = document()->undoStack()->createRedoAction(this, tr("&Redo"));
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
    run->addAction(m_evaluateAction);
    m_runBar->addSeparator();
    m_runBar->addAction(m_evaluateAction);
    run->addSeparator();
    m_resumeLastAction = run->addAction(tr("Resume the &interrupted run"), this, &MainWindow::resumeLastRun);
    run->addAction(tr("&Models\u2026"), this, &MainWindow::editModels);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : m_layout->docks())
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

void MainWindow::refillRecentMenu(const QStringList &files)
{
    m_recentMenu->clear();
    for (const QString &f : files)
        m_recentMenu->addAction(QFileInfo(f).fileName(), this, [this, f] { openFile(f); })->setToolTip(f);
    m_recentMenu->setEnabled(!files.isEmpty());
    m_welcome->setRecentFiles(files);
}

bool MainWindow::openDemo()
{
    return m_project->openDemo();
}

bool MainWindow::openFile(const QString &path)
{
    return m_project->openFile(path);
}

void MainWindow::newProject()
{
    m_project->newProject();
}

void MainWindow::openInteractive()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open project"), QString(), tr("DRPO projects (*.drpo);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::startRun()
{
    return m_project->startRun(m_runBar->settings(document()->project().settings));
}

bool MainWindow::recoverInterruptedRun()
{
    return m_project->recoverInterruptedRun();
}

bool MainWindow::resumeLastRun()
{
    return m_project->resumeLastRun();
}

void MainWindow::autosave()
{
    m_project->autosave();
}

QStringList MainWindow::restartArguments() const
{
    return m_project->restartArguments();
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
    if (session()->isActive())
        box.setInformativeText(tr("The run in progress is stopped first and continues after the restart."));
    QPushButton *restart = box.addButton(tr("Restart now"), QMessageBox::AcceptRole);
    box.addButton(tr("Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restart);
    box.exec();
    if (box.clickedButton() == restart)
        restartApplication();
}

void MainWindow::restartApplication()
{
    if (!m_project->maybeSave())
        return;
    const QStringList args = restartArguments();
    // The run must have written its last record before the new process reads it.
    session()->stopAndWait(15000);
    if (!QProcess::startDetached(QCoreApplication::applicationFilePath(), args)) {
        warn(tr("Language"), tr("DRPO Studio could not restart itself; please start it again."));
        return;
    }
    m_skipSavePrompt = true; // the user has just answered it
    close();
}

} // namespace drpo::ui
