// SPDX-License-Identifier: GPL-3.0-or-later
#include "servecommand.h"

#include "clicommon.h"
#include "io/profilefile.h"
#include "modelflags.h"
#include "serve/serverhost.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace drpo::cli {

namespace {

std::atomic<int> g_stopSignal{0};

void onStopSignal(int signal)
{
    g_stopSignal = signal;
}

// "NAME=PATH" or a path (the model name is then the file's base name).
std::pair<QString, QString> splitProfileArg(const QString &arg)
{
    const qsizetype eq = arg.indexOf(u'=');
    if (eq > 0 && !arg.left(eq).contains(u'/'))
        return {arg.left(eq), arg.mid(eq + 1)};
    QString name = QFileInfo(arg).completeBaseName();
    static const QRegularExpression bad(QStringLiteral("[^A-Za-z0-9._:/-]+"));
    name.replace(bad, QStringLiteral("-"));
    return {name.isEmpty() ? QStringLiteral("profile") : name, arg};
}

bool positiveInt(const QCommandLineParser &p, const QString &option, int min, int &out, QString *error)
{
    if (!p.isSet(option))
        return true;
    bool ok = false;
    const qint64 v = p.value(option).toLongLong(&ok);
    if (!ok || v < min || v > std::numeric_limits<int>::max()) {
        *error = QStringLiteral("--%1 must be a whole number of at least %2").arg(option).arg(min);
        return false;
    }
    out = int(v);
    return true;
}

QString logLine(const serve::RequestLogEntry &e)
{
    QString line = QStringLiteral("%1 %2 %3 %4")
                       .arg(e.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")))
                       .arg(e.status)
                       .arg(e.method, e.path);
    if (!e.model.isEmpty())
        line += QStringLiteral(" model=") + e.model;
    line += QStringLiteral(" %1 ms").arg(e.latencyMs);
    if (e.upstreamMs > 0)
        line += QStringLiteral(" (upstream %1 ms)").arg(e.upstreamMs, 0, 'f', 1);
    if (e.promptTokens || e.completionTokens)
        line += QStringLiteral(" tokens=%1+%2").arg(e.promptTokens).arg(e.completionTokens);
    if (e.stream)
        line += QStringLiteral(" stream");
    if (!e.retrieval.isEmpty())
        line += QStringLiteral(" examples=") + e.retrieval.simplified().replace(u' ', u':');
    line += QStringLiteral(" peer=") + e.peer;
    if (!e.error.isEmpty())
        line += QStringLiteral(" error=\"") + e.error.left(300) + u'"';
    if (!e.requestBody.isEmpty())
        line += QStringLiteral("\n  body: ") + e.requestBody;
    return line;
}

} // namespace

int runServe(const QStringList &args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Serves alignment profiles as an OpenAI-compatible endpoint: /v1/chat/completions (with streaming), "
        "/v1/completions, /v1/models and /health. Each request gets the profile's system prompt and the K examples "
        "retrieved for its last user message, rendered for the base model, which is called through the scheduler."));
    p.addHelpOption();
    p.addOption({QStringLiteral("profile"),
        QStringLiteral("A profile (or finished run record) to serve; NAME=PATH names its model (default: the file's "
                       "base name). Repeat to serve several."),
        QStringLiteral("[NAME=]PATH")});
    p.addOption({QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
        QStringLiteral("ADDRESS"), QStringLiteral("127.0.0.1")});
    p.addOption({QStringLiteral("port"), QStringLiteral("Port (default 8089; 0 picks a free one)."),
        QStringLiteral("PORT"), QStringLiteral("8089")});
    p.addOption({QStringLiteral("allow-remote"),
        QStringLiteral("Allow a non-loopback --host (then --api-key-env is required).")});
    p.addOption({QStringLiteral("api-key-env"),
        QStringLiteral("Environment variable holding the key clients must send (Authorization: Bearer KEY)."),
        QStringLiteral("VAR")});
    p.addOption({QStringLiteral("demo"), QStringLiteral("Answer with the simulated demo base model.")});
    p.addOption({QStringLiteral("seed"), QStringLiteral("Seed of the simulated model."), QStringLiteral("N"),
        QStringLiteral("42")});
    p.addOption({QStringLiteral("sim-latency-ms"), QStringLiteral("Simulated latency per call of the demo model."),
        QStringLiteral("MS")});
    p.addOption({QStringLiteral("max-concurrent"),
        QStringLiteral("Requests answered at once (default 64); also give --concurrency for the base endpoint."),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("max-queue"),
        QStringLiteral("Requests waiting beyond those (default 256); more get 429 with Retry-After."),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("request-timeout-ms"),
        QStringLiteral("Total time for one request, queue and retries included (default 300000; 504 beyond)."),
        QStringLiteral("MS")});
    p.addOption({QStringLiteral("idle-timeout-ms"),
        QStringLiteral("Close a keep-alive connection idle this long (default 30000)."), QStringLiteral("MS")});
    p.addOption({QStringLiteral("read-timeout-ms"),
        QStringLiteral("Time to receive a whole request, head and body (default 15000; 408 beyond)."),
        QStringLiteral("MS")});
    p.addOption({QStringLiteral("max-body-bytes"),
        QStringLiteral("Largest request body (default 4194304; 413 beyond)."), QStringLiteral("BYTES")});
    p.addOption({QStringLiteral("max-connections"), QStringLiteral("Open connections at most (default 512)."),
        QStringLiteral("N")});
    p.addOption({QStringLiteral("log-bodies"), QStringLiteral("Also log request bodies (they are not by default).")});
    p.addOption({QStringLiteral("quiet"), QStringLiteral("Do not log each request on stderr.")});
    addModelOptions(p);
    if (!p.parse(args))
        return fail(p.errorText(), 2);
    if (p.isSet(QStringLiteral("help"))) {
        out() << p.helpText();
        return 0;
    }
    if (!p.positionalArguments().isEmpty())
        return fail(QStringLiteral("unexpected argument \"%1\"").arg(p.positionalArguments().first()), 2);
    const QStringList profileArgs = p.values(QStringLiteral("profile"));
    if (profileArgs.isEmpty())
        return fail(QStringLiteral("--profile PROFILE.json is required"), 2);

    serve::ServeConfig config;
    QString error;
    bool anyReal = false;
    for (const QString &arg : profileArgs) {
        const auto [name, path] = splitProfileArg(arg);
        std::optional<model::AlignmentProfile> profile = io::loadProfileOrRun(path, &error);
        if (!profile)
            return fail(error);
        anyReal = anyReal || !profile->simulated;
        config.profiles.push_back(serve::ServedProfile{name, *profile, path});
    }

    model::ModelSettings models;
    if (!applyModelOptions(p, models, &error))
        return fail(error, 2);
    const bool demo = p.isSet(QStringLiteral("demo"));
    if (demo)
        models.base = model::ModelSettings().base;
    if (p.isSet(QStringLiteral("sim-latency-ms")) &&
        !positiveInt(p, QStringLiteral("sim-latency-ms"), 0, models.simLatencyMs, &error))
        return fail(error, 2);
    if (models.base.isSim() && anyReal && !demo)
        return fail(QStringLiteral("a profile was found for a real model: give its endpoint with --base-kind, "
                                   "--base-url and --base-model, or use --demo to answer with the simulated model"),
            2);

    const QString host = p.value(QStringLiteral("host")).trimmed();
    config.address = host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
    if (config.address.isNull())
        return fail(QStringLiteral("--host \"%1\" is not an IP address").arg(host), 2);
    int port = 8089;
    if (!positiveInt(p, QStringLiteral("port"), 0, port, &error) || port > 65535)
        return fail(error.isEmpty() ? QStringLiteral("--port must be from 0 to 65535") : error, 2);
    config.port = quint16(port);
    config.allowRemote = p.isSet(QStringLiteral("allow-remote"));
    if (p.isSet(QStringLiteral("api-key-env"))) {
        const QString var = p.value(QStringLiteral("api-key-env"));
        config.apiKey = qEnvironmentVariable(qPrintable(var)).trimmed();
        if (config.apiKey.isEmpty())
            return fail(QStringLiteral("--api-key-env %1: the variable is not set or empty").arg(var), 2);
    }
    int bodyBytes = int(config.http.maxBodyBytes);
    if (!positiveInt(p, QStringLiteral("max-concurrent"), 1, config.maxConcurrent, &error) ||
        !positiveInt(p, QStringLiteral("max-queue"), 0, config.maxQueue, &error) ||
        !positiveInt(p, QStringLiteral("request-timeout-ms"), 100, config.totalTimeoutMs, &error) ||
        !positiveInt(p, QStringLiteral("idle-timeout-ms"), 100, config.http.idleTimeoutMs, &error) ||
        !positiveInt(p, QStringLiteral("read-timeout-ms"), 100, config.http.requestTimeoutMs, &error) ||
        !positiveInt(p, QStringLiteral("max-body-bytes"), 1024, bodyBytes, &error) ||
        !positiveInt(p, QStringLiteral("max-connections"), 1, config.http.maxConnections, &error))
        return fail(error, 2);
    config.http.maxBodyBytes = bodyBytes;
    config.logBodies = p.isSet(QStringLiteral("log-bodies"));
    if (const QString problem = config.validate(); !problem.isEmpty())
        return fail(problem, 2);

    serve::ServerHost server;
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    QObject::connect(
        &server, &serve::ServerHost::warning, [](const QString &m) { err() << "warning: " << m << Qt::endl; });
    QObject::connect(&server, &serve::ServerHost::requestFinished, [quiet](const serve::RequestLogEntry &e) {
        if (!quiet)
            err() << logLine(e) << Qt::endl;
    });
    if (!server.start(config, models, p.value(QStringLiteral("seed")).toULongLong(), &error) ||
        !server.waitStarted(&error))
        return fail(error);

    QStringList names;
    for (const serve::ServedProfile &sp : std::as_const(config.profiles))
        names << sp.name;
    const QString base = models.base.isSim()
        ? QStringLiteral("the simulated demo model")
        : QStringLiteral("%1 at %2").arg(models.base.model, models.base.baseUrls.join(QStringLiteral(", ")));
    err() << "drpo serve: " << server.url() << " serves " << names.join(QStringLiteral(", ")) << " (base: " << base
          << (config.apiKey.isEmpty() ? QString() : QStringLiteral("; clients need the bearer key")) << ")" << Qt::endl;
    err() << "Press Ctrl+C to stop." << Qt::endl;

    std::signal(SIGINT, onStopSignal);
    std::signal(SIGTERM, onStopSignal);
    QTimer watch;
    QObject::connect(&watch, &QTimer::timeout, [] {
        if (g_stopSignal != 0)
            QCoreApplication::quit();
    });
    watch.start(100);
    QCoreApplication::exec();
    server.stop();
    err() << "drpo serve: stopped" << Qt::endl;
    return 0;
}

} // namespace drpo::cli
