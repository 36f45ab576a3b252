// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/welcomepage.h"

#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace drpo::ui {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("DRPO Studio"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 2.2);
    tf.setBold(true);
    title->setFont(tf);
    auto *intro = new QLabel(tr("Align a language model without training it: DRPO searches for the instructions "
                                "(system prompt) and examples that make a model answer best, judged by another "
                                "model on criteria chosen for each question."),
        this);
    intro->setWordWrap(true);

    auto *demo = new QPushButton(tr("Try the offline demo (simulated models)"), this);
    demo->setToolTip(tr("Runs on this computer with simulated models: no account, no key, no network. "
                        "Every figure it shows is simulated."));
    QFont bf = demo->font();
    bf.setPointSizeF(bf.pointSizeF() * 1.3);
    demo->setFont(bf);
    demo->setMinimumHeight(48);
    auto *newProject = new QPushButton(tr("New project"), this);
    auto *open = new QPushButton(tr("Open\u2026"), this);
    m_recent = new QListWidget(this);

    m_recovery = new QFrame(this);
    m_recovery->setObjectName(QStringLiteral("recoveryBox"));
    m_recovery->setFrameShape(QFrame::StyledPanel);
    m_recoveryText = new QLabel(m_recovery);
    m_recoveryText->setTextFormat(Qt::PlainText);
    m_recoveryText->setWordWrap(true);
    auto *recover = new QPushButton(m_recovery);
    recover->setObjectName(QStringLiteral("recoverButton"));
    m_recoverButton = recover;
    auto *rl = new QVBoxLayout(m_recovery);
    rl->addWidget(m_recoveryText);
    rl->addWidget(recover, 0, Qt::AlignLeft);
    m_recovery->hide();
    m_recent->setMaximumHeight(160);

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(intro);
    column->addSpacing(16);
    column->addWidget(m_recovery);
    column->addWidget(demo);
    column->addWidget(newProject);
    column->addWidget(open);
    column->addSpacing(16);
    column->addWidget(new QLabel(tr("Recent projects"), this));
    column->addWidget(m_recent);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 2);
    outer->addStretch(1);

    connect(demo, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(newProject, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(recover, &QPushButton::clicked, this, &WelcomePage::recoverRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { emit openFileRequested(item->data(Qt::UserRole).toString()); });
}

void WelcomePage::setRecovery(const QString &text, const QString &buttonText)
{
    m_recoveryText->setText(text);
    m_recoverButton->setText(buttonText.isEmpty() ? tr("Get the run back and resume it") : buttonText);
    m_recovery->setVisible(!text.isEmpty());
}

bool WelcomePage::recoveryOffered() const
{
    return !m_recovery->isHidden();
}

void WelcomePage::setRecentFiles(const QStringList &files)
{
    m_recent->clear();
    for (const QString &f : files) {
        auto *item = new QListWidgetItem(QFileInfo(f).fileName() + QStringLiteral("  \u2014  ") + f, m_recent);
        item->setData(Qt::UserRole, f);
    }
    if (files.isEmpty())
        m_recent->addItem(tr("(none yet)"));
}

} // namespace drpo::ui
