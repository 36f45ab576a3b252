// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/criteriapanel.h"

#include "commands/criteriacommand.h"
#include "models/criteriamodel.h"
#include "projectdocument.h"
#include "runsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace drpo::ui {

CriteriaPanel::CriteriaPanel(ProjectDocument *document, RunSession *session, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_session(session)
    , m_model(new CriteriaModel(this))
{
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Dynamic: the selector picks criteria per query"), int(model::CriteriaMode::Dynamic));
    m_mode->addItem(tr("Static: every enabled criterion for every query"), int(model::CriteriaMode::Static));

    auto tool = [this](const QString &text, const QString &tip) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton *add = tool(tr("Add"), tr("Add a criterion"));
    QToolButton *remove = tool(tr("Delete"), tr("Delete the selected criterion"));
    QToolButton *pin = tool(tr("Pin"), tr("Always use this criterion for this query set"));
    QToolButton *ban = tool(tr("Ban"), tr("Never use this criterion for this query set"));

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setColumnWidth(CriteriaModel::NameColumn, 150);

    m_name = new QLineEdit(this);
    m_description = new QPlainTextEdit(this);
    m_description->setPlaceholderText(tr("Tell the judge what a 5 and a 1 mean for this criterion."));
    auto *apply = new QPushButton(tr("Apply"), this);
    auto *editor = new QWidget(this);
    auto *form = new QFormLayout(editor);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Description:"), m_description);
    form->addRow(QString(), apply);

    auto *bar = new QHBoxLayout;
    for (QToolButton *b : {add, remove, pin, ban})
        bar->addWidget(b);
    bar->addStretch();
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(editor);
    split->setStretchFactor(0, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mode);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    connect(m_model, &CriteriaModel::enabledToggled, this, &CriteriaPanel::setEnabledAt);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CriteriaPanel::showCurrent);
    connect(pin, &QToolButton::clicked, this, [this] { togglePin(currentRow()); });
    connect(ban, &QToolButton::clicked, this, [this] { toggleBan(currentRow()); });
    connect(apply, &QPushButton::clicked, this,
        [this] { applyEdit(currentRow(), m_name->text(), m_description->toPlainText()); });
    connect(add, &QToolButton::clicked, this, [this] {
        model::CriteriaLibrary lib = m_document->project().criteria;
        QString name = tr("New criterion");
        for (int n = 2; lib.find(name); ++n)
            name = tr("New criterion %1").arg(n);
        lib.criteria.append({name, QString(), true});
        m_document->undoStack()->push(new CriteriaCommand(m_document, lib, tr("Add criterion")));
        selectRow(int(lib.criteria.size()) - 1);
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        const int row = currentRow();
        model::CriteriaLibrary lib = m_document->project().criteria;
        if (row < 0 || row >= lib.criteria.size())
            return;
        const QString name = lib.criteria.takeAt(row).name;
        lib.pinned.removeAll(name);
        lib.banned.removeAll(name);
        m_document->undoStack()->push(new CriteriaCommand(m_document, lib, tr("Delete criterion %1").arg(name)));
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        model::SearchSettings s = m_document->project().settings;
        s.criteriaMode = model::CriteriaMode(m_mode->currentData().toInt());
        m_document->setSettings(s);
    });
    connect(m_document, &ProjectDocument::changed, this, [this](ProjectDocument::Change c) {
        if (c == ProjectDocument::Change::Criteria || c == ProjectDocument::Change::Settings)
            reload();
    });
    connect(m_document, &ProjectDocument::projectReset, this, &CriteriaPanel::reload);
    auto counts = [this] { m_model->setSelectionCounts(m_session->selectionCounts()); };
    connect(m_session, &RunSession::selectionMade, this, counts);
    connect(m_session, &RunSession::recordLoaded, this, counts);
    connect(m_session, &RunSession::cleared, this, counts);
    reload();
}

void CriteriaPanel::reload()
{
    const int row = currentRow();
    m_model->setLibrary(m_document->project().criteria);
    m_mode->blockSignals(true);
    m_mode->setCurrentIndex(m_mode->findData(int(m_document->project().settings.criteriaMode)));
    m_mode->blockSignals(false);
    if (row >= 0)
        selectRow(std::min(row, m_model->rowCount() - 1));
    showCurrent();
}

int CriteriaPanel::currentRow() const
{
    const QModelIndex idx = m_view->selectionModel()->currentIndex();
    return idx.isValid() ? idx.row() : -1;
}

void CriteriaPanel::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->selectionModel()->setCurrentIndex(
            m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void CriteriaPanel::showCurrent()
{
    const int row = currentRow();
    const auto &lib = m_model->library();
    const bool valid = row >= 0 && row < lib.criteria.size();
    m_name->setText(valid ? lib.criteria[row].name : QString());
    m_description->setPlainText(valid ? lib.criteria[row].description : QString());
    m_name->setEnabled(valid);
    m_description->setEnabled(valid);
}

void CriteriaPanel::setEnabledAt(int row, bool enabled)
{
    model::CriteriaLibrary lib = m_document->project().criteria;
    if (row < 0 || row >= lib.criteria.size() || lib.criteria[row].enabled == enabled)
        return;
    lib.criteria[row].enabled = enabled;
    const QString name = lib.criteria[row].name;
    m_document->undoStack()->push(new CriteriaCommand(
        m_document, lib, enabled ? tr("Enable criterion %1").arg(name) : tr("Disable criterion %1").arg(name)));
}

void CriteriaPanel::togglePin(int row)
{
    model::CriteriaLibrary lib = m_document->project().criteria;
    if (row < 0 || row >= lib.criteria.size())
        return;
    const QString name = lib.criteria[row].name;
    if (!lib.pinned.removeAll(name)) {
        lib.pinned.append(name);
        lib.banned.removeAll(name); // pinned and banned at once would contradict
    }
    m_document->undoStack()->push(new CriteriaCommand(m_document, lib, tr("Pin or unpin %1").arg(name)));
    selectRow(row);
}

void CriteriaPanel::toggleBan(int row)
{
    model::CriteriaLibrary lib = m_document->project().criteria;
    if (row < 0 || row >= lib.criteria.size())
        return;
    const QString name = lib.criteria[row].name;
    if (!lib.banned.removeAll(name)) {
        lib.banned.append(name);
        lib.pinned.removeAll(name);
    }
    m_document->undoStack()->push(new CriteriaCommand(m_document, lib, tr("Ban or unban %1").arg(name)));
    selectRow(row);
}

void CriteriaPanel::applyEdit(int row, const QString &name, const QString &description)
{
    model::CriteriaLibrary lib = m_document->project().criteria;
    if (row < 0 || row >= lib.criteria.size() || name.trimmed().isEmpty())
        return;
    const QString old = lib.criteria[row].name;
    lib.criteria[row].name = name.trimmed();
    lib.criteria[row].description = description.trimmed();
    for (QStringList *list : {&lib.pinned, &lib.banned})
        for (QString &n : *list)
            if (n == old)
                n = name.trimmed();
    if (lib == m_document->project().criteria)
        return;
    m_document->undoStack()->push(new CriteriaCommand(m_document, lib, tr("Edit criterion %1").arg(old)));
    selectRow(row);
}

} // namespace drpo::ui
