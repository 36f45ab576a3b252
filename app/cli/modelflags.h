#pragma once

#include "model/roleconfig.h"

#include <QCommandLineParser>
#include <QString>

namespace drpo::cli {

// Run-wide model options that ModelSettings does not carry: cache, budget, transport.
struct ModelOptions {
    bool cacheEnabled = false; // on by default when any role uses a real endpoint
    QString cachePath;         // empty = the user cache folder's responses.sqlite
    double budgetUsd = 0;      // 0 = no cap
    bool allowInsecureHttp = false;
    int timeoutMs = 120000;
    bool stream = false;
};

// --<role>-kind/-url/-model/-key-env for base, selector, judge and optimizer, plus
// --base-api, --concurrency, --cache, --no-cache, --budget, --allow-insecure-http,
// --timeout-ms and --stream.
void addModelOptions(QCommandLineParser &p);

// Applies the flags on top of `models` (from a project file or defaults) and makes the
// run-wide options (cache, budget, insecure http, timeout) effective for the providers and
// schedulers created afterwards. Returns false with *error for an invalid value.
bool applyModelOptions(const QCommandLineParser &p, model::ModelSettings &models, QString *error);
bool applyModelOptions(const QCommandLineParser &p, model::ModelSettings &models, ModelOptions *options, QString *error);

} // namespace drpo::cli
