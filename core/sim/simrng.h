// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace drpo::sim {

// A stable 64-bit hash (FNV-1a) plus a tiny PRNG (splitmix64): every random decision of the
// simulated world is seeded from the request's content, so answers never depend on call
// order, thread or wall time, and replay exactly.
class SimRng {
public:
    explicit SimRng(quint64 seed)
        : m_state(seed)
    {}

    static quint64 hash(QByteArrayView bytes, quint64 h = 14695981039346656037ULL)
    {
        for (char c : bytes) {
            h ^= static_cast<unsigned char>(c);
            h *= 1099511628211ULL;
        }
        return h;
    }
    static quint64 hash(const QString &text, quint64 h = 14695981039346656037ULL)
    {
        return hash(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2), h);
    }
    static quint64 mix(quint64 h, quint64 v)
    {
        return hash(QByteArrayView(reinterpret_cast<const char *>(&v), sizeof v), h);
    }
    // A seeded generator for one named decision about some content.
    static SimRng of(quint64 seed, const QString &what, const QString &content = {}, quint64 extra = 0)
    {
        return SimRng(mix(hash(content, hash(what, mix(14695981039346656037ULL, seed))), extra));
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    int below(int n) { return n <= 0 ? 0 : int(next() % quint64(n)); }
    bool chance(double p) { return uniform() < p; }

private:
    quint64 m_state;
};

} // namespace drpo::sim
