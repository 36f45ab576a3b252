// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/inspectorpanel.h"

#include "models/nodemodel.h"
#include "runsession.h"
#include "textformat.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextDocument>
#include <QVBoxLayout>

namespace drpo::ui {

namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setTextFormat(Qt::PlainText); // model text is untrusted
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QPlainTextEdit *readOnlyText(QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setReadOnly(true);
    return e;
}
} // namespace

InspectorPanel::InspectorPanel(RunSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_header = plainLabel(this);
    QFont f = m_header->font();
    f.setBold(true);
    m_header->setFont(f);
    m_edit = new QPushButton(tr("Edit prompt\u2026"), this);
    m_edit->setToolTip(tr("Pause the run first; your edit becomes a new node that is judged and joins the beam"));
    m_branch = new QPushButton(tr("Continue from here"), this);
    m_branch->setToolTip(tr("Pause the run first; the search then continues from this node alone"));
    m_compare = new QPushButton(tr("Compare with parent"), this);

    m_prompt = readOnlyText(this);
    m_note = plainLabel(this);
    auto *promptPage = new QWidget(this);
    auto *pl = new QVBoxLayout(promptPage);
    pl->addWidget(m_prompt, 1);
    pl->addWidget(m_note);

    m_query = new QComboBox(this);
    m_query->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_answer = readOnlyText(this);
    m_selection = plainLabel(this);
    m_scores = new QTableWidget(0, 3, this);
    m_scores->setHorizontalHeaderLabels({tr("Criterion"), tr("Score"), tr("Why")});
    m_scores->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_scores->verticalHeader()->hide();
    m_scores->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_scores->setWordWrap(true);
    auto *answerPage = new QWidget(this);
    auto *al = new QVBoxLayout(answerPage);
    al->addWidget(m_query);
    auto *split = new QSplitter(Qt::Vertical, answerPage);
    split->addWidget(m_answer);
    auto *scoreBox = new QWidget(split);
    auto *sl = new QVBoxLayout(scoreBox);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->addWidget(m_selection);
    sl->addWidget(m_scores, 1);
    split->addWidget(scoreBox);
    al->addWidget(split, 1);

    m_lineage = new QListWidget(this);
    m_usage = plainLabel(this);
    auto *lineagePage = new QWidget(this);
    auto *ll = new QVBoxLayout(lineagePage);
    ll->addWidget(m_lineage, 1);
    ll->addWidget(m_usage);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(promptPage, tr("Prompt"));
    m_tabs->addTab(answerPage, tr("Answers and scores"));
    m_tabs->addTab(lineagePage, tr("Lineage and cost"));

    // Two rows: three buttons side by side made the dock, and with it the window, wider than a
    // 1600-pixel screen in German.
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_edit, 0, 0);
    buttons->addWidget(m_branch, 0, 1);
    buttons->addWidget(m_compare, 1, 0);
    buttons->setColumnStretch(2, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    connect(m_edit, &QPushButton::clicked, this, [this] { emit editPromptRequested(m_nodeId); });
    connect(m_branch, &QPushButton::clicked, this, [this] { emit branchRequested(m_nodeId); });
    connect(m_compare, &QPushButton::clicked, this, [this] { emit compareWithParentRequested(m_nodeId); });
    connect(m_query, &QComboBox::currentIndexChanged, this, &InspectorPanel::showEvaluation);
    connect(m_lineage, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { m_session->setCurrentNode(item->data(Qt::UserRole).toString()); });
    connect(m_session, &RunSession::currentNodeChanged, this, &InspectorPanel::showNode);
    connect(m_session, &RunSession::nodeUpdated, this, [this](const model::Node &n) {
        if (n.id == m_nodeId)
            showNode(n.id);
    });
    connect(m_session, &RunSession::finished, this, [this] {
        if (!m_nodeId.isEmpty())
            showNode(m_nodeId);
    });
    connect(m_session, &RunSession::bestChanged, this, [this] {
        if (!m_nodeId.isEmpty())
            showNode(m_nodeId);
    });
    showNode({});
}

void InspectorPanel::setCanSteer(bool canSteer)
{
    m_canSteer = canSteer;
    m_edit->setEnabled(canSteer && !m_nodeId.isEmpty());
    m_branch->setEnabled(canSteer && !m_nodeId.isEmpty());
}

QString InspectorPanel::promptText() const
{
    return m_prompt->toPlainText();
}

QString InspectorPanel::headerText() const
{
    return m_header->text();
}

int InspectorPanel::scoreRowCount() const
{
    return m_scores->rowCount();
}

void InspectorPanel::showNode(const QString &id)
{
    m_nodeId = id;
    const model::Node *n = m_session->nodes()->node(id);
    m_compare->setEnabled(n && !n->parentId.isEmpty());
    setCanSteer(m_canSteer);
    m_lineage->clear();
    const int previousQuery = m_query->currentIndex();
    m_query->blockSignals(true);
    m_query->clear();
    m_query->blockSignals(false);
    if (!n) {
        m_header->setText(tr("Select a node in the beam tree to see its prompt, answers and scores."));
        m_prompt->clear();
        m_note->clear();
        m_usage->clear();
        showEvaluation(-1);
        return;
    }
    // Each figure says what it is: the reward on this level's queries, the mean along the
    // path, the held-out score; and whether this is the engine's best.
    QString header = tr("Node %1 \u00b7 level %2 \u00b7 %3 \u00b7 reward %4 on its level's queries \u00b7 path mean %5")
                         .arg(n->id)
                         .arg(n->level)
                         .arg(text::origin(n->origin), text::reward(n->reward), text::reward(n->pathReward));
    if (n->validationReward)
        header += tr(" \u00b7 held-out score %1").arg(text::reward(n->validationReward));
    if (n->inBeam)
        header += tr(" \u00b7 in beam");
    if (n->id == m_session->best().nodeId)
        header += QStringLiteral(" \u00b7 ") +
            (m_session->best().measure == model::BestMeasure::Validation || m_session->record().stage2Done
                    ? tr("the best prompt: the profile's")
                    : tr("the search's current leader"));
    m_header->setText(header);
    if (m_prompt->toPlainText() != n->prompt)
        m_prompt->setPlainText(n->prompt);
    m_note->setText(n->note.isEmpty() ? QString() : tr("Note: %1").arg(n->note));

    m_query->blockSignals(true);
    for (const model::Evaluation &e : n->evaluations)
        m_query->addItem(text::firstLine(e.query, 80));
    m_query->blockSignals(false);
    const int q = n->evaluations.isEmpty() ? -1 : std::clamp(previousQuery, 0, int(n->evaluations.size()) - 1);
    m_query->setCurrentIndex(q);
    showEvaluation(q);

    for (const model::Node *p : m_session->nodes()->path(id)) {
        auto *item = new QListWidgetItem(
            tr("Level %1 \u00b7 %2 \u00b7 %3 \u00b7 %4 \u2014 %5")
                .arg(p->level)
                .arg(p->id, text::origin(p->origin), text::reward(p->reward), text::firstLine(p->prompt, 60)),
            m_lineage);
        item->setData(Qt::UserRole, p->id);
        if (p->id == id) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
    }
    const model::Usage &u = n->usage;
    m_usage->setText(tr("%n call(s), %1 prompt tokens, %2 completion tokens, %3 cached, cost %4", nullptr, int(u.calls))
                         .arg(text::tokens(u.promptTokens), text::tokens(u.completionTokens))
                         .arg(u.cacheHits)
                         .arg(text::cost(u.costUsd)));
}

void InspectorPanel::showEvaluation(int index)
{
    const model::Node *n = m_session->nodes()->node(m_nodeId);
    m_scores->setRowCount(0);
    if (!n || index < 0 || index >= n->evaluations.size()) {
        m_answer->clear();
        m_selection->clear();
        return;
    }
    const model::Evaluation &e = n->evaluations[index];
    m_answer->setPlainText(e.error.isEmpty() ? e.answer : tr("Error: %1").arg(e.error));
    QString sel = tr("Criteria chosen: %1").arg(e.criteria.join(QStringLiteral(", ")));
    if (!e.selectionReason.isEmpty())
        sel += QLatin1Char('\n') + tr("Why: %1").arg(e.selectionReason);
    sel += QLatin1Char('\n') + tr("Reward for this answer: %1").arg(text::reward(e.reward));
    m_selection->setText(sel);
    m_scores->setRowCount(int(e.scores.size()));
    for (int r = 0; r < e.scores.size(); ++r) {
        const model::CriterionScore &s = e.scores[r];
        m_scores->setItem(r, 0, new QTableWidgetItem(s.criterion));
        m_scores->setItem(r, 1, new QTableWidgetItem(s.score ? QString::number(*s.score, 'f', 1) : tr("N/A")));
        auto *why = new QTableWidgetItem(s.rationale);
        why->setToolTip(Qt::convertFromPlainText(s.rationale));
        m_scores->setItem(r, 2, why);
    }
    m_scores->resizeRowsToContents();
}

} // namespace drpo::ui
