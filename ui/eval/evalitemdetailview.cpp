// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalitemdetailview.h"

#include "eval/evalsession.h"
#include "eval/evalstory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace drpo::ui {

namespace {
QPlainTextEdit *plainText(QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setReadOnly(true);
    return e;
}
} // namespace

EvalItemDetailView::EvalItemDetailView(const EvalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_question = plainText(this);
    m_question->setObjectName(QStringLiteral("evalItemQuestion"));
    m_question->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 12);
    m_question->setPlaceholderText(tr("Choose an item above to see every system's answer."));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    m_columns = new QWidget(scroll);
    m_layout = new QHBoxLayout(m_columns);
    m_layout->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_columns);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addWidget(scroll, 1);
    connect(session, &EvalSession::reset, this, [this] { setItem({}); });
    connect(session, &EvalSession::itemJudged, this, [this](int, const QString &id) {
        if (id == m_itemId)
            rebuild();
    });
}

void EvalItemDetailView::setItem(const QString &itemId)
{
    m_itemId = itemId;
    rebuild();
}

QStringList EvalItemDetailView::columnTexts() const
{
    QStringList out{m_question->toPlainText()};
    for (QPlainTextEdit *e : m_columns->findChildren<QPlainTextEdit *>())
        out << e->toPlainText();
    return out;
}

void EvalItemDetailView::rebuild()
{
    while (QLayoutItem *child = m_layout->takeAt(0)) {
        delete child->widget();
        delete child;
    }
    const eval::EvalResults &r = m_session->results();
    const eval::BenchmarkItem *b = r.benchmark.find(m_itemId);
    m_question->setPlainText(b ? b->instruction : QString());
    if (!b)
        return;
    for (const eval::SystemResult &s : r.systems) {
        auto *column = new QWidget(m_columns);
        auto *v = new QVBoxLayout(column);
        v->setContentsMargins(2, 2, 2, 2);
        auto *name = new QLabel(s.spec.name, column);
        name->setTextFormat(Qt::PlainText);
        name->setWordWrap(true);
        QFont bold = name->font();
        bold.setBold(true);
        name->setFont(bold);
        v->addWidget(name);
        const auto it = s.items.constFind(m_itemId);
        QString text;
        if (it == s.items.cend()) {
            text = tr("Not judged yet.");
        } else {
            const eval::ItemResult &item = *it;
            if (item.state == eval::ItemState::Unscored)
                text = tr("Unscored: %1").arg(item.error) + QStringLiteral("\n\n");
            for (const eval::AspectScore &sc : item.scores)
                text += tr("%1: %2").arg(EvalStory::aspectName(sc.aspect), sc.scoreText()) +
                    QStringLiteral(" \u2014 ") + sc.reason + QLatin1Char('\n');
            text += QStringLiteral("\n") + tr("Answer:") + QLatin1Char('\n') +
                (item.output.isEmpty() ? tr("(no answer stored)") : item.output);
        }
        auto *body = plainText(column);
        body->setPlainText(text);
        body->setMinimumWidth(260);
        v->addWidget(body, 1);
        m_layout->addWidget(column, 1);
    }
}

} // namespace drpo::ui
