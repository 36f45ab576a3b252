// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/querysetpanel.h"

#include "commands/querysetcommand.h"
#include "io/queryimporter.h"
#include "models/queryfilterproxy.h"
#include "models/querysetmodel.h"
#include "panels/querydialog.h"
#include "projectdocument.h"
#include "runsession.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace drpo::ui {

QuerySetPanel::QuerySetPanel(ProjectDocument *document, RunSession *session, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_model(new QuerySetModel(this))
    , m_proxy(new QueryFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    auto tool = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *add = tool(tr("Add"), tr("Add a query"));
    QToolButton *edit = tool(tr("Edit"), tr("Edit the selected query"));
    QToolButton *remove = tool(tr("Delete"), tr("Delete the selected queries"));
    QToolButton *import = tool(tr("Import\u2026"),
        tr("Import queries: JSON, JSONL, CSV, TXT, just-eval-instruct, the reference code's files"));
    QToolButton *split = tool(tr("Split\u2026"), tr("Hold out part of the queries for validation"));

    m_category = new QComboBox(this);
    m_tag = new QComboBox(this);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search"));
    m_search->setClearButtonEnabled(true);
    m_count = new QLabel(this);

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(QuerySetModel::IdColumn, 50);
    m_view->setColumnWidth(QuerySetModel::TextColumn, 280);
    m_detail = new QPlainTextEdit(this);
    m_detail->setReadOnly(true);

    auto *bar = new QHBoxLayout;
    for (QToolButton *b : {add, edit, remove, import, split})
        bar->addWidget(b);
    bar->addStretch();
    auto *filters = new QHBoxLayout;
    // The count sits with the filters it counts: beside the buttons it made the dock wider
    // than a 1600-pixel screen allows in German.
    filters->addWidget(m_category);
    filters->addWidget(m_tag);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_count);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(add, &QToolButton::clicked, this, &QuerySetPanel::addQuery);
    connect(edit, &QToolButton::clicked, this, &QuerySetPanel::editCurrent);
    connect(remove, &QToolButton::clicked, this, &QuerySetPanel::deleteSelected);
    connect(import, &QToolButton::clicked, this, &QuerySetPanel::importInteractive);
    connect(split, &QToolButton::clicked, this, &QuerySetPanel::splitInteractive);
    connect(m_view, &QTableView::doubleClicked, this, &QuerySetPanel::editCurrent);
    connect(m_category, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setCategory(m_category->currentData().toString()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QueryFilterProxy::setSearchText);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &QuerySetPanel::showCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this,
        [this] { m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount())); });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this,
        [this] { m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount())); });
    connect(m_document, &ProjectDocument::changed, this, [this](ProjectDocument::Change c) {
        if (c == ProjectDocument::Change::Queries)
            reload();
    });
    connect(m_document, &ProjectDocument::projectReset, this, &QuerySetPanel::reload);
    connect(m_session, &RunSession::selectionMade, this, [this](const QString &q, const model::Selection &s) {
        m_model->putSelection(q, s);
        showCurrent();
    });
    connect(m_session, &RunSession::recordLoaded, this, [this] { m_model->setSelections(m_session->selections()); });
    connect(m_session, &RunSession::cleared, this, [this] { m_model->setSelections({}); });
    reload();
}

void QuerySetPanel::reload()
{
    m_model->setQuerySet(m_document->project().queries);
    refillFilters();
    m_count->setText(tr("%1 of %2").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    showCurrent();
}

void QuerySetPanel::refillFilters()
{
    const QString cat = m_category->currentData().toString(), tag = m_tag->currentData().toString();
    for (QComboBox *box : {m_category, m_tag}) {
        box->blockSignals(true);
        box->clear();
    }
    m_category->addItem(tr("All categories"), QString());
    for (const QString &c : m_model->categories())
        m_category->addItem(c, c);
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &t : m_model->tags())
        m_tag->addItem(t, t);
    m_category->setCurrentIndex(std::max(0, m_category->findData(cat)));
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tag)));
    for (QComboBox *box : {m_category, m_tag})
        box->blockSignals(false);
    m_proxy->setCategory(m_category->currentData().toString());
    m_proxy->setTag(m_tag->currentData().toString());
}

int QuerySetPanel::currentSourceRow() const
{
    const QModelIndex idx = m_view->selectionModel()->currentIndex();
    return idx.isValid() ? m_proxy->mapToSource(idx).row() : -1;
}

QString QuerySetPanel::detailText() const
{
    return m_detail->toPlainText();
}

void QuerySetPanel::showCurrent()
{
    const model::Query *q = m_model->queryAt(currentSourceRow());
    if (!q) {
        m_detail->setPlainText(
            tr("Select a query to see it in full, with the criteria the selector chose for it and why."));
        return;
    }
    QString text = q->text + QStringLiteral("\n\n");
    const model::Selection s = m_model->selectionFor(q->text);
    if (s.criteria.isEmpty())
        text += tr("Criteria: not chosen yet (the selector picks them when the run first meets this query).");
    else
        text += tr("Criteria chosen: %1").arg(s.criteria.join(QStringLiteral(", "))) + QLatin1Char('\n') +
            tr("Why: %1").arg(s.reason);
    m_detail->setPlainText(text);
}

void QuerySetPanel::addQuery()
{
    model::QuerySet set = m_document->project().queries;
    int n = int(set.queries.size()) + 1;
    while (set.find(QStringLiteral("q%1").arg(n)))
        ++n;
    model::Query q;
    q.id = QStringLiteral("q%1").arg(n);
    QueryDialog dialog(q, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    set.queries.append(dialog.query());
    if (dialog.isValidation())
        set.validationIds.append(q.id);
    m_document->undoStack()->push(new QuerySetCommand(m_document, set, tr("Add query %1").arg(q.id)));
}

void QuerySetPanel::editCurrent()
{
    const int row = currentSourceRow();
    model::QuerySet set = m_document->project().queries;
    if (row < 0 || row >= set.queries.size())
        return;
    const QString id = set.queries[row].id;
    QueryDialog dialog(set.queries[row], set.isValidation(id), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    set.queries[row] = dialog.query();
    set.validationIds.removeAll(id);
    if (dialog.isValidation())
        set.validationIds.append(id);
    if (set == m_document->project().queries)
        return;
    m_document->undoStack()->push(new QuerySetCommand(m_document, set, tr("Edit query %1").arg(id)));
}

void QuerySetPanel::deleteSelected()
{
    QList<int> rows;
    for (const QModelIndex &idx : m_view->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(idx).row());
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    model::QuerySet set = m_document->project().queries;
    for (int row : rows) {
        set.validationIds.removeAll(set.queries[row].id);
        set.queries.removeAt(row);
    }
    m_document->undoStack()->push(
        new QuerySetCommand(m_document, set, tr("Delete %n query(s)", nullptr, int(rows.size()))));
}

bool QuerySetPanel::importFile(const QString &path, QString *error)
{
    io::FileError fileError;
    const auto imported = io::importQueries(path, io::QueryFormat::Auto, &fileError);
    if (!imported) {
        if (error)
            *error = fileError.toString();
        return false;
    }
    model::QuerySet set = m_document->project().queries;
    if (set.name.isEmpty())
        set.name = imported->set.name;
    for (model::Query q : imported->set.queries) {
        // Imported ids may clash with ours: keep ours, renumber theirs.
        if (q.id.isEmpty() || set.find(q.id)) {
            int n = int(set.queries.size()) + 1;
            while (set.find(QStringLiteral("q%1").arg(n)))
                ++n;
            const QString fresh = QStringLiteral("q%1").arg(n);
            if (imported->set.isValidation(q.id))
                set.validationIds.append(fresh);
            q.id = fresh;
        } else if (imported->set.isValidation(q.id)) {
            set.validationIds.append(q.id);
        }
        set.queries.append(q);
    }
    m_document->undoStack()->push(
        new QuerySetCommand(m_document, set, tr("Import %n query(s)", nullptr, int(imported->set.queries.size()))));
    if (error) {
        QStringList warnings;
        for (const io::FileError &w : imported->warnings)
            warnings.append(w.toString());
        *error = warnings.join(QLatin1Char('\n'));
    }
    return true;
}

void QuerySetPanel::importInteractive()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import queries"), QString(), tr("Query files (*.json *.jsonl *.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QString message;
    if (!importFile(path, &message))
        QMessageBox::warning(this, tr("Import queries"), tr("The file could not be imported.\n\n%1").arg(message));
    else if (!message.isEmpty())
        QMessageBox::information(this, tr("Import queries"), tr("Imported, with these problems:\n\n%1").arg(message));
}

void QuerySetPanel::splitValidation(int percent)
{
    model::QuerySet set = m_document->project().queries;
    set.validationIds.clear();
    percent = std::clamp(percent, 0, 90);
    if (percent > 0) {
        // Spread the held-out queries evenly over the list so every category is represented.
        const double step = 100.0 / percent;
        for (double i = step - 1; i < set.queries.size(); i += step)
            set.validationIds.append(set.queries[int(i)].id);
    }
    m_document->undoStack()->push(
        new QuerySetCommand(m_document, set, tr("Split queries %1% validation").arg(percent)));
}

void QuerySetPanel::splitInteractive()
{
    bool ok = false;
    const int percent = QInputDialog::getInt(
        this, tr("Split queries"), tr("Hold out this share of the queries for validation (%):"), 20, 0, 90, 5, &ok);
    if (ok)
        splitValidation(percent);
}

} // namespace drpo::ui
