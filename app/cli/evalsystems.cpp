// SPDX-License-Identifier: GPL-3.0-or-later
#include "evalsystems.h"

#include "eval/systemfactory.h"
#include "io/exampleimporter.h"
#include "io/profilefile.h"
#include "io/runfile.h"
#include "llm/providerpresets.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>

namespace drpo::cli {

namespace {

const QStringList kKeys{QStringLiteral("name"), QStringLiteral("model"), QStringLiteral("kind"), QStringLiteral("url"),
    QStringLiteral("key-env"), QStringLiteral("api"), QStringLiteral("k"), QStringLiteral("run"),
    QStringLiteral("profile"), QStringLiteral("node"), QStringLiteral("prompt-file"), QStringLiteral("examples"),
    QStringLiteral("prompt")};

} // namespace

QString systemFlagHelp()
{
    return QStringLiteral(
        "A system to evaluate (repeatable): METHOD[,key=value...]. Methods: none, basic, urial, drpo, drpo-prompt, "
        "drpo-examples, node, custom. Keys: name, model (e.g. sim-instruct), kind, url, key-env, api (the endpoint; "
        "default: the --base-* flags), run=RUN.json or profile=P.json (for the DRPO methods and node), node=ID, k=N, "
        "prompt-file=F, examples=F, prompt=TEXT (last). Example: --system basic,model=sim-instruct");
}

std::optional<eval::SystemSpec> parseSystemFlag(
    const QString &flag, const model::RoleConfig &defaultEndpoint, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<eval::SystemSpec> {
        if (error)
            *error = QStringLiteral("--system %1: %2").arg(flag, why);
        return std::nullopt;
    };
    const qsizetype comma = flag.indexOf(u',');
    const QString methodText = (comma < 0 ? flag : flag.left(comma)).trimmed();
    QMap<QString, QString> keys;
    QString rest = comma < 0 ? QString() : flag.mid(comma + 1);
    while (!rest.isEmpty()) {
        const qsizetype eq = rest.indexOf(u'=');
        if (eq <= 0)
            return fail(QStringLiteral("expected key=value, not \"%1\"").arg(rest.section(u',', 0, 0)));
        const QString key = rest.left(eq).trimmed().toLower();
        if (!kKeys.contains(key))
            return fail(QStringLiteral("unknown key \"%1\" (known: %2)").arg(key, kKeys.join(QStringLiteral(", "))));
        if (key == u"prompt") { // free text: takes the rest, commas included
            keys.insert(key, rest.mid(eq + 1));
            break;
        }
        const qsizetype next = rest.indexOf(u',', eq);
        keys.insert(key, (next < 0 ? rest.mid(eq + 1) : rest.mid(eq + 1, next - eq - 1)).trimmed());
        rest = next < 0 ? QString() : rest.mid(next + 1);
    }

    const bool isNode = methodText.compare(u"node", Qt::CaseInsensitive) == 0;
    std::optional<eval::Method> method = isNode ? eval::Method::Custom : eval::methodFromKey(methodText);
    if (!method || *method == eval::Method::StoredOutputs || *method == eval::Method::Imported)
        return fail(QStringLiteral("unknown method \"%1\" (none, basic, urial, drpo, drpo-prompt, drpo-examples, "
                                   "node or custom; stored outputs come with --outputs, published judgements with "
                                   "--import-judgements)")
                        .arg(methodText));

    model::RoleConfig endpoint = defaultEndpoint;
    if (keys.contains(QStringLiteral("kind"))) {
        const QString kind = keys.value(QStringLiteral("kind")).toLower();
        const llm::ProviderPreset preset = llm::providerPreset(kind);
        if (kind == u"sim") {
            endpoint = model::RoleConfig{};
        } else if (!preset.id.isEmpty()) {
            endpoint.kind = preset.kind;
            endpoint.baseUrls = {preset.baseUrl};
            endpoint.keyEnv = preset.keyEnv;
            endpoint.supportsN = preset.supportsN;
            endpoint.jsonMode = preset.jsonMode;
            endpoint.model.clear();
        } else {
            return fail(QStringLiteral("unknown kind \"%1\"").arg(kind));
        }
    }
    if (keys.contains(QStringLiteral("url"))) {
        endpoint.baseUrls = {keys.value(QStringLiteral("url"))};
        if (endpoint.isSim())
            endpoint.kind = QStringLiteral("openai");
    }
    if (keys.contains(QStringLiteral("model")))
        endpoint.model = keys.value(QStringLiteral("model"));
    if (keys.contains(QStringLiteral("key-env")))
        endpoint.keyEnv = keys.value(QStringLiteral("key-env"));
    if (keys.contains(QStringLiteral("api"))) {
        const QString api = keys.value(QStringLiteral("api"));
        if (api != u"chat" && api != u"completion")
            return fail(QStringLiteral("api must be chat or completion"));
        endpoint.api = api;
    }
    int k = -1;
    if (keys.contains(QStringLiteral("k"))) {
        bool ok = false;
        k = keys.value(QStringLiteral("k")).toInt(&ok);
        if (!ok || k < 0 || k > 32)
            return fail(QStringLiteral("k must be a whole number from 0 to 32"));
    }

    // Where the prompt and examples come from: a run, a profile, or files.
    std::optional<model::AlignmentProfile> profile;
    std::optional<model::RunRecord> run;
    const QString runPath = keys.value(QStringLiteral("run"));
    if (!runPath.isEmpty()) {
        io::FileError fe;
        run = io::loadRunRecord(runPath, &fe);
        if (!run)
            return fail(fe.toString());
        if (!isNode) {
            if (run->status != model::RunState::Finished)
                return fail(QStringLiteral("%1 has not finished, so it has no profile yet").arg(runPath));
            profile = run->profile;
        }
    }
    if (keys.contains(QStringLiteral("profile"))) {
        io::FileError fe;
        profile = io::loadProfile(keys.value(QStringLiteral("profile")), &fe);
        if (!profile)
            return fail(fe.toString());
    }
    std::optional<eval::SystemSpec> spec;
    QString why;
    if (isNode) {
        if (!run || !keys.contains(QStringLiteral("node")))
            return fail(QStringLiteral("node needs run=RUN.json and node=ID"));
        spec = eval::systemFromNode(*run, keys.value(QStringLiteral("node")), endpoint, runPath, &why);
    } else if (*method == eval::Method::Custom) {
        model::AlignmentProfile custom;
        custom.k = 3;
        if (keys.contains(QStringLiteral("prompt-file"))) {
            QFile f(keys.value(QStringLiteral("prompt-file")));
            if (!f.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("%1: %2").arg(f.fileName(), f.errorString()));
            custom.systemPrompt = QString::fromUtf8(f.readAll()).trimmed();
        }
        if (keys.contains(QStringLiteral("prompt")))
            custom.systemPrompt = keys.value(QStringLiteral("prompt")).trimmed();
        if (keys.contains(QStringLiteral("examples"))) {
            io::FileError fe;
            const std::optional<QList<model::Example>> examples =
                io::importExamples(keys.value(QStringLiteral("examples")), &fe);
            if (!examples)
                return fail(fe.toString());
            custom.examples = *examples;
        }
        if (custom.systemPrompt.isEmpty() && custom.examples.isEmpty())
            return fail(QStringLiteral("custom needs prompt-file=F, prompt=TEXT or examples=F"));
        spec = eval::makeSystem(eval::Method::Custom, endpoint, &custom, &why, k);
        if (spec) {
            QStringList files{keys.value(QStringLiteral("prompt-file")), keys.value(QStringLiteral("examples"))};
            files.removeAll(QString());
            spec->source = files.join(QStringLiteral(", "));
        }
    } else {
        spec = eval::makeSystem(*method, endpoint, profile ? &*profile : nullptr, &why, k);
        if (spec && profile)
            spec->source = keys.contains(QStringLiteral("profile"))
                ? keys.value(QStringLiteral("profile"))
                : QStringLiteral("%1, best node %2").arg(QFileInfo(runPath).fileName(), run->bestNodeId);
    }
    if (!spec)
        return fail(why);
    if (keys.contains(QStringLiteral("name")))
        spec->name = keys.value(QStringLiteral("name"));
    return spec;
}

} // namespace drpo::cli
