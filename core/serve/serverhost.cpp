// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/serverhost.h"

#include "llm/scheduler.h"
#include "llm/schedulerhost.h"
#include "llm/threadhandoff.h"
#include "reward/callrunner.h"
#include "serve/profileresponder.h"
#include "serve/profileserver.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>
#include <QTimer>

namespace drpo::serve {

ServerHost::ServerHost(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<drpo::serve::RequestLogEntry>();
}

ServerHost::~ServerHost()
{
    // No late log entries from a destructor: their receivers may be going away with the owner.
    shutdown(false);
}

bool ServerHost::start(const ServeConfig &config, const model::ModelSettings &settings, quint64 seed, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_thread)
        return fail(tr("the server is already running"));
    if (const QString problem = config.validate(); !problem.isEmpty())
        return fail(problem);
    model::ModelSettings models = settings;
    if (models.provider.cache == model::CacheMode::Auto)
        models.provider.cache = model::CacheMode::Off;
    QList<model::Role> roles{model::Role::Base};
    if (models.hasEmbedder())
        roles << model::Role::Embedder;
    auto scheduler = std::make_unique<llm::SchedulerHost>(QStringLiteral("drpo-serve-scheduler"));
    QString why;
    if (!scheduler->setUp(models, roles, seed, &why))
        return fail(why);
    scheduler->scheduler()->setRetryPolicy(m_retry);
    scheduler->start();
    m_scheduler = std::move(scheduler);

    m_stopping = false;
    m_thread = new QThread; // prepares the profiles (it may wait for the embedder)
    m_thread->setObjectName(QStringLiteral("drpo-serve-start"));
    m_context = new QObject;
    m_context->moveToThread(m_thread);
    m_thread->start();
    m_starting = true;
    m_running = false;
    m_error.clear();
    const quint64 generation = ++m_generation;
    llm::postTo(m_context, [this, config, models, generation] { launch(config, models, generation); });
    return true;
}

void ServerHost::launch(ServeConfig config, model::ModelSettings models, quint64 generation)
{
    // On the start thread: it may wait for the embedder, never the owner's thread.
    auto report = [this, generation](bool ok, const QString &text, quint16 port) {
        llm::postTo(this, [this, ok, text, port, generation] {
            if (generation != m_generation)
                return; // stopped meanwhile
            m_starting = false;
            if (ok) {
                m_running = true;
                m_url = text;
                m_port = port;
                emit started(text);
            } else {
                m_error = text;
                emit failed(text);
            }
        });
    };
    QList<ServedModel> served;
    QMap<QString, model::Usage> usage;
    reward::CallRunner calls(*m_scheduler->scheduler(), usage);
    for (const ServedProfile &p : std::as_const(config.profiles)) {
        auto responder = std::make_shared<ProfileResponder>(p.profile, models);
        QString note, error;
        if (!responder->prepareEmbeddings(calls, &note, &error)) {
            report(false, tr("profile %1: %2").arg(p.name, error), 0);
            return;
        }
        if (!note.isEmpty())
            llm::postTo(this, [this, msg = tr("profile %1: %2").arg(p.name, note)] { emit warning(msg); });
        served.push_back(ServedModel{p.name, std::move(responder)});
    }
    // The server lives on the scheduler's thread: a request then crosses no thread between
    // the server and the scheduler (each crossing is a wake-up on a busy machine). Its own
    // work per request is a fraction of a millisecond, so the scheduler is not held up.
    llm::Scheduler *scheduler = m_scheduler->scheduler();
    llm::runOnAndWait(scheduler, [this, config, served, scheduler, report] {
        if (m_stopping)
            return;
        auto *server = new ProfileServer(config, served, scheduler);
        QString error;
        if (!server->listen(&error)) {
            delete server;
            report(false, error, 0);
            return;
        }
        // Emitted on this (the scheduler's) thread; handed to the owner's (llm::postTo).
        connect(
            server, &ProfileServer::requestFinished, this,
            [this](const RequestLogEntry &e) { llm::postTo(this, [this, e] { emit requestFinished(e); }); },
            Qt::DirectConnection);
        m_server = server;
        report(true, server->url(), server->port());
    });
}

bool ServerHost::waitStarted(QString *error, int timeoutMs)
{
    if (m_starting) {
        QEventLoop loop;
        connect(this, &ServerHost::started, &loop, &QEventLoop::quit);
        connect(this, &ServerHost::failed, &loop, &QEventLoop::quit);
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (m_running)
        return true;
    if (error)
        *error = m_starting ? tr("the server did not start within %1 s").arg(timeoutMs / 1000) : m_error;
    return false;
}

void ServerHost::stop()
{
    shutdown(true);
}

void ServerHost::shutdown(bool deliverQueuedLog)
{
    if (!m_thread)
        return;
    m_stopping = true;
    // Cancel first: a start still waiting for the embedder then returns at once.
    m_scheduler->scheduler()->cancelAll();
    // Queued after the start's preparation: when this returns, no server is being made.
    llm::runOnAndWait(m_context, [this] { m_context->deleteLater(); });
    llm::runOnAndWait(m_scheduler->scheduler(), [this] {
        delete m_server;
        m_server = nullptr;
    });
    m_context = nullptr;
    ++m_generation;
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_scheduler.reset();
    // A request answered just before the stop has its log entry still queued to this thread
    // (the answer leaves first): deliver it now, so an owner quitting right after logs it.
    if (deliverQueuedLog && thread() == QThread::currentThread())
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    const bool wasRunning = m_running;
    m_running = false;
    m_starting = false;
    m_url.clear();
    m_port = 0;
    if (wasRunning)
        emit stopped();
}

} // namespace drpo::serve
