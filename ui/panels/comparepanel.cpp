// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/comparepanel.h"

#include "criterionstats.h"
#include "models/nodemodel.h"
#include "runsession.h"
#include "textformat.h"
#include "widgets/theme.h"
#include "worddiff.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace drpo::ui {

ComparePanel::ComparePanel(RunSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_left = new QComboBox(this);
    m_right = new QComboBox(this);
    for (QComboBox *c : {m_left, m_right}) {
        c->setModel(session->nodes());
        c->setModelColumn(NodeModel::IdColumn);
        c->setMinimumContentsLength(8);
    }
    auto *swap = new QPushButton(tr("Swap"), this);
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_diff = new QTextEdit(this);
    m_diff->setObjectName(QStringLiteral("promptDiff"));
    m_diff->setReadOnly(true);
    m_diff->setAcceptRichText(false);

    m_scores = new QTableWidget(0, 4, this);
    m_scores->setHorizontalHeaderLabels({tr("Criterion"), tr("Left"), tr("Right"), tr("Change")});
    m_scores->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_scores->verticalHeader()->hide();
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);

    m_query = new QComboBox(this);
    m_leftAnswer = new QPlainTextEdit(this);
    m_rightAnswer = new QPlainTextEdit(this);
    m_leftAnswer->setReadOnly(true);
    m_rightAnswer->setReadOnly(true);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Left:"), this));
    pick->addWidget(m_left, 1);
    pick->addWidget(new QLabel(tr("Right:"), this));
    pick->addWidget(m_right, 1);
    pick->addWidget(swap);

    auto *answers = new QWidget(this);
    auto *al = new QVBoxLayout(answers);
    al->setContentsMargins(0, 0, 0, 0);
    al->addWidget(m_query);
    auto *side = new QHBoxLayout;
    side->addWidget(m_leftAnswer);
    side->addWidget(m_rightAnswer);
    al->addLayout(side, 1);

    auto *diffBox = new QWidget(this);
    auto *dl = new QVBoxLayout(diffBox);
    dl->setContentsMargins(0, 0, 0, 0);
    auto *diffKey = new QLabel(tr("Prompt changes (struck through: removed; underlined: added)"), this);
    diffKey->setWordWrap(true); // longer in German: it must not widen the dock
    dl->addWidget(diffKey);
    dl->addWidget(m_diff, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(diffBox);
    split->addWidget(m_scores);
    split->addWidget(answers);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pick);
    layout->addWidget(m_summary);
    layout->addWidget(split, 1);

    connect(swap, &QPushButton::clicked, this,
        [this] { m_session->setCompare(m_session->compareRight(), m_session->compareLeft()); });
    auto picked = [this] {
        if (m_syncing)
            return;
        const auto id = [](QComboBox *c) { return c->currentIndex() < 0 ? QString() : c->currentText(); };
        m_session->setCompare(id(m_left), id(m_right));
    };
    connect(m_left, &QComboBox::currentIndexChanged, this, picked);
    connect(m_right, &QComboBox::currentIndexChanged, this, picked);
    connect(m_query, &QComboBox::currentIndexChanged, this, &ComparePanel::showAnswers);
    connect(m_session, &RunSession::compareChanged, this, [this] {
        syncCombos();
        refresh();
    });
    connect(m_session, &RunSession::nodeUpdated, this, [this](const model::Node &n) {
        if (n.id == m_session->compareLeft() || n.id == m_session->compareRight())
            refresh();
    });
    refresh();
}

void ComparePanel::changeEvent(QEvent *event)
{
    // The diff's colours were chosen for the old palette: redraw it for the new one.
    if (event->type() == QEvent::PaletteChange)
        refresh();
    QWidget::changeEvent(event);
}

void ComparePanel::syncCombos()
{
    m_syncing = true;
    m_left->setCurrentIndex(m_session->nodes()->rowOf(m_session->compareLeft()));
    m_right->setCurrentIndex(m_session->nodes()->rowOf(m_session->compareRight()));
    m_syncing = false;
}

void ComparePanel::refresh()
{
    const model::Node *a = m_session->nodes()->node(m_session->compareLeft());
    const model::Node *b = m_session->nodes()->node(m_session->compareRight());
    m_diff->clear();
    m_scores->setRowCount(0);
    const QString previousQuery = m_query->currentText();
    m_query->blockSignals(true);
    m_query->clear();
    m_query->blockSignals(false);
    // The combo boxes select their first row by themselves as nodes stream in: the root
    // against itself is no comparison, so it gets the hint too.
    if (!a || !b || a == b) {
        m_summary->setText(tr("Pick two nodes, or use \"Compare with parent\" in the inspector."));
        showAnswers();
        return;
    }
    QString summary = tr("Reward %1 \u2192 %2").arg(text::reward(a->reward), text::reward(b->reward));
    if (a->reward && b->reward)
        summary += QStringLiteral(" (") + text::signedDelta(*b->reward - *a->reward) + QLatin1Char(')');
    summary += tr(" \u00b7 left: level %1, %2 \u00b7 right: level %3, %4")
                   .arg(a->level)
                   .arg(text::origin(a->origin))
                   .arg(b->level)
                   .arg(text::origin(b->origin));
    m_summary->setText(summary);

    // Inserted through the cursor with character formats: the text is never parsed as markup.
    QTextCursor cursor(m_diff->document());
    QTextCharFormat same, removed, added;
    removed.setFontStrikeOut(true);
    removed.setForeground(Theme::negative(palette()));
    removed.setBackground(Theme::negativeTint(palette()));
    added.setFontUnderline(true);
    added.setForeground(Theme::positive(palette()));
    added.setBackground(Theme::positiveTint(palette()));
    for (const DiffChunk &chunk : wordDiff(a->prompt, b->prompt))
        cursor.insertText(chunk.text,
            chunk.kind == DiffChunk::Kind::Same          ? same
                : chunk.kind == DiffChunk::Kind::Removed ? removed
                                                         : added);

    const QMap<QString, double> left = criterionMeans(*a), right = criterionMeans(*b);
    QStringList names = left.keys();
    for (const QString &k : right.keys())
        if (!names.contains(k))
            names.append(k);
    m_scores->setRowCount(int(names.size()));
    for (int r = 0; r < names.size(); ++r) {
        const QString &k = names[r];
        const std::optional<double> l = left.contains(k) ? std::optional<double>(left[k]) : std::nullopt;
        const std::optional<double> rr = right.contains(k) ? std::optional<double>(right[k]) : std::nullopt;
        m_scores->setItem(r, 0, new QTableWidgetItem(k));
        m_scores->setItem(r, 1, new QTableWidgetItem(text::reward(l)));
        m_scores->setItem(r, 2, new QTableWidgetItem(text::reward(rr)));
        auto *delta = new QTableWidgetItem(l && rr ? text::signedDelta(*rr - *l) : text::reward({}));
        if (l && rr && std::abs(*rr - *l) > 0.005)
            delta->setForeground(*rr > *l ? Theme::positive(palette()) : Theme::negative(palette()));
        m_scores->setItem(r, 3, delta);
    }

    // Queries both nodes answered; different levels may have drawn different queries.
    m_query->blockSignals(true);
    for (const model::Evaluation &e : a->evaluations)
        for (const model::Evaluation &f : b->evaluations)
            if (e.query == f.query && m_query->findData(e.query) < 0)
                m_query->addItem(text::firstLine(e.query, 90), e.query);
    if (m_query->count() == 0)
        m_query->addItem(tr("(no query answered by both)"));
    const int keep = m_query->findText(previousQuery);
    m_query->setCurrentIndex(keep >= 0 ? keep : 0);
    m_query->blockSignals(false);
    showAnswers();
}

void ComparePanel::showAnswers()
{
    const model::Node *a = m_session->nodes()->node(m_session->compareLeft());
    const model::Node *b = m_session->nodes()->node(m_session->compareRight());
    const QString query = m_query->currentData().toString();
    auto answerOf = [&](const model::Node *n) -> QString {
        if (!n || query.isEmpty())
            return QString();
        for (const model::Evaluation &e : n->evaluations)
            if (e.query == query)
                return tr("Reward %1").arg(text::reward(e.reward)) + QStringLiteral("\n\n") + e.answer;
        return QString();
    };
    m_leftAnswer->setPlainText(answerOf(a));
    m_rightAnswer->setPlainText(answerOf(b));
}

QString ComparePanel::diffPlainText() const
{
    return m_diff->toPlainText();
}

int ComparePanel::scoreRowCount() const
{
    return m_scores->rowCount();
}

QString ComparePanel::scoreCell(int row, int column) const
{
    const QTableWidgetItem *item = m_scores->item(row, column);
    return item ? item->text() : QString();
}

QString ComparePanel::leftAnswer() const
{
    return m_leftAnswer->toPlainText();
}

QString ComparePanel::rightAnswer() const
{
    return m_rightAnswer->toPlainText();
}

} // namespace drpo::ui
