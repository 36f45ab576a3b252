// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/query.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;

namespace drpo::ui {

// Adds or edits one query: text, category, tags and whether it is held out for validation.
class QueryDialog : public QDialog {
    Q_OBJECT
public:
    QueryDialog(const model::Query &query, bool validation, QWidget *parent = nullptr);

    model::Query query() const;
    bool isValidation() const;

private:
    model::Query m_query;
    QPlainTextEdit *m_text;
    QLineEdit *m_category;
    QLineEdit *m_tags;
    QCheckBox *m_validation;
};

} // namespace drpo::ui
