// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/querydialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace drpo::ui {

QueryDialog::QueryDialog(const model::Query &query, bool validation, QWidget *parent)
    : QDialog(parent)
    , m_query(query)
{
    setWindowTitle(query.text.isEmpty() ? tr("Add query") : tr("Edit query %1").arg(query.id));
    m_text = new QPlainTextEdit(query.text, this);
    m_category = new QLineEdit(query.category, this);
    m_category->setPlaceholderText(tr("e.g. how-to, time-sensitive, harmful, emotional"));
    m_tags = new QLineEdit(query.tags.join(QStringLiteral(", ")), this);
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_validation = new QCheckBox(tr("Hold out for validation"), this);
    m_validation->setChecked(validation);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout(this);
    form->addRow(tr("Query:"), m_text);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Tags:"), m_tags);
    form->addRow(QString(), m_validation);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto check = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    };
    connect(m_text, &QPlainTextEdit::textChanged, this, check);
    check();
    resize(520, 320);
}

model::Query QueryDialog::query() const
{
    model::Query q = m_query;
    q.text = m_text->toPlainText().trimmed();
    q.category = m_category->text().trimmed();
    q.tags.clear();
    for (const QString &t : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            q.tags.append(t.trimmed());
    return q;
}

bool QueryDialog::isValidation() const
{
    return m_validation->isChecked();
}

} // namespace drpo::ui
