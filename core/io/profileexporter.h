// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace drpo::io {

// Exports of an alignment profile for use outside DRPO Studio: an Ollama Modelfile, an
// OpenAI-style messages template (JSON) and Markdown for people. The first two fix the
// examples (retrieval is static there); `drpo export` and the GUI share this code.
class ProfileExporter {
public:
    enum class Format { Ollama, OpenAiMessages, Markdown };

    struct Options {
        Format format = Format::Markdown;
        int examples = -1; // static examples in Ollama / messages exports; -1 = the profile's K
        QString fromModel; // Ollama's FROM; empty = the profile's base model
        QString name;      // a title for the Markdown export
    };

    static QStringList formatNames(); // ollama, openai-messages, markdown
    static std::optional<Format> formatFromName(const QString &name);
    static QString formatName(Format format);
    static QString fileSuffix(Format format); // "Modelfile" has none: ".modelfile" for a save dialog

    static QByteArray exportProfile(const model::AlignmentProfile &profile, const Options &options);

    // Indices of the `count` examples retrieved most often when each example's own query
    // is the query (the most representative ones), ties in library order; all of them, in
    // order, when count covers the library.
    static QList<int> representativeExamples(const model::AlignmentProfile &profile, int count);

private:
    static QByteArray ollama(const model::AlignmentProfile &profile, const Options &options);
    static QByteArray openAiMessages(const model::AlignmentProfile &profile, const Options &options);
    static QByteArray markdown(const model::AlignmentProfile &profile, const Options &options);
};

} // namespace drpo::io
