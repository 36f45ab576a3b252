// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/evalitembrowser.h"

#include "eval/evalitemdetailview.h"
#include "eval/evalitemfilterproxy.h"
#include "eval/evalitemmodel.h"
#include "eval/evalsession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace drpo::ui {

EvalItemBrowser::EvalItemBrowser(const EvalSession *session, QWidget *parent)
    : QWidget(parent)
    , m_model(new EvalItemModel(session, this))
    , m_proxy(new EvalItemFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("evalCategoryFilter"));
    m_category->addItem(tr("All categories"), QString());
    m_category->addItem(tr("Regular"), QStringLiteral("regular"));
    m_category->addItem(tr("Safety"), QStringLiteral("safety"));
    m_tag = new QComboBox(this);
    m_tag->setObjectName(QStringLiteral("evalTagFilter"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("evalItemTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_detail = new EvalItemDetailView(session, this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Category:"), this));
    filters->addWidget(m_category);
    filters->addWidget(new QLabel(tr("Task or topic:"), this));
    filters->addWidget(m_tag);
    filters->addStretch(1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_category, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setCategory(m_category->currentData().toString()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &EvalItemBrowser::showCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        refillTags();
        // Where the systems disagree most is where a reader learns most: that order first.
        m_table->sortByColumn(m_model->disagreementColumn(), Qt::DescendingOrder);
        m_table->setColumnWidth(EvalItemModel::Question, 320);
    });
    refillTags();
}

void EvalItemBrowser::refillTags()
{
    const QString current = m_tag->currentData().toString();
    m_tag->blockSignals(true);
    m_tag->clear();
    m_tag->addItem(tr("All"), QString());
    for (const QString &t : m_model->tags())
        m_tag->addItem(t, t);
    const int at = m_tag->findData(current);
    m_tag->setCurrentIndex(at < 0 ? 0 : at);
    m_tag->blockSignals(false);
    m_proxy->setTag(m_tag->currentData().toString());
}

void EvalItemBrowser::showCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    m_detail->setItem(current.isValid() ? current.data(EvalItemModel::ItemIdRole).toString() : QString());
}

} // namespace drpo::ui
