// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/inputlimits.h"

#include <cstring>

namespace drpo::io {

qsizetype jsonTooDeepAt(const char *data, qsizetype size, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return -1;
}

int lineTooLongAt(const char *data, qsizetype size, qsizetype maxBytes, qsizetype *offset)
{
    if (!data || size <= 0)
        return -1;
    int line = 0;
    qsizetype start = 0;
    while (start <= size) {
        const void *nl = std::memchr(data + start, '\n', std::size_t(size - start));
        const qsizetype end = nl ? static_cast<const char *>(nl) - data : size;
        if (end - start > maxBytes) {
            if (offset)
                *offset = start;
            return line;
        }
        if (!nl)
            break;
        start = end + 1;
        ++line;
    }
    return -1;
}

} // namespace drpo::io
