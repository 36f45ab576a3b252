// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace drpo::llm {

// One turn of a chat conversation.
struct Message {
    QString role; // "system" | "user" | "assistant"
    QString content;
    friend bool operator==(const Message &, const Message &) = default;
};

} // namespace drpo::llm
