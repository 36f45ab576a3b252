// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/example.h"
#include "model/jsonsupport.h"
#include "model/roleconfig.h"

#include <QList>
#include <QString>

#include <optional>

namespace drpo::eval {

// How a system under test produces its answers. The first seven generate them through a
// model endpoint; StoredOutputs judges answers read from a file; Imported systems come with
// their verdicts (published judgements) and are never called.
enum class Method {
    None,            // the raw query (completion format for a base model)
    Basic,           // "You are a helpful assistant."
    Urial,           // a fixed prompt and three fixed examples, all of them every time
    Profile,         // DRPO: the optimized prompt + K retrieved optimized examples
    ProfilePrompt,   // the optimized prompt alone
    ProfileExamples, // the basic prompt + K retrieved optimized examples
    Custom,          // any prompt and example set the user picks (e.g. a node of a run)
    StoredOutputs,
    Imported,
};
QString methodKey(Method m);   // "none", "basic", "urial", "drpo", "drpo-prompt", ...
QString methodLabel(Method m); // "no prompt", "basic prompt", "URIAL-style", "DRPO profile", ...
std::optional<Method> methodFromKey(const QString &key);

// A system under test: a model endpoint plus an alignment method, with everything needed to
// generate again (prompt, examples, K) so a results file alone resumes.
struct SystemSpec {
    QString name; // unique within an evaluation, e.g. "sim-base + DRPO profile"
    Method method = Method::Basic;
    QString modelName;          // what the table shows: "sim-instruct", "gpt-4o-mini", a generator's name
    model::RoleConfig endpoint; // generated systems: the base-role endpoint (never a key)
    QString prompt;             // the system prompt (empty for None)
    QList<model::Example> examples;
    int k = 0;             // examples per query; with retrieve = false the first k, in order
    bool retrieve = false; // pick the k most similar examples per query (BM25)
    QString source;        // where prompt/examples/outputs came from: "run.json, node n12", a file
    bool simulated = false;

    bool generates() const { return method != Method::StoredOutputs && method != Method::Imported; }
    bool readOnly() const { return method == Method::Imported; }
    friend bool operator==(const SystemSpec &, const SystemSpec &) = default;
};

void to_json(model::Json &j, const SystemSpec &s);
void from_json(const model::Json &j, SystemSpec &s);

} // namespace drpo::eval
