// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/logpanel.h"

#include "models/calllogmodel.h"
#include "runsession.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace drpo::ui {

LogPanel::LogPanel(RunSession *session, QWidget *parent)
    : QWidget(parent)
{
    m_calls = new QTableView(this);
    m_calls->setModel(session->calls());
    m_calls->verticalHeader()->hide();
    m_calls->verticalHeader()->setDefaultSectionSize(m_calls->fontMetrics().height() + 4);
    m_calls->horizontalHeader()->setStretchLastSection(true);
    m_calls->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_calls->setWordWrap(false);
    m_calls->setColumnWidth(CallLogModel::TimeColumn, 100);
    m_calls->setColumnWidth(CallLogModel::EndpointColumn, 200);
    m_calls->setColumnWidth(CallLogModel::StatusColumn, 90);
    m_calls->setColumnWidth(CallLogModel::TokensColumn, 140);

    m_messages = new QPlainTextEdit(this);
    m_messages->setReadOnly(true);
    m_messages->setMaximumBlockCount(5000);

    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_calls, tr("Calls"));
    tabs->addTab(m_messages, tr("Messages"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);

    // Follow the newest call only while the user is looking at the bottom.
    connect(session->calls(), &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_calls->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 2)
            QMetaObject::invokeMethod(m_calls, &QTableView::scrollToBottom, Qt::QueuedConnection);
    });
    connect(session, &RunSession::logMessage, this, [this](const engine::LogEntry &e) {
        QString prefix;
        if (e.severity == engine::LogEntry::Severity::Warning)
            prefix = tr("warning: ");
        else if (e.severity == engine::LogEntry::Severity::Error)
            prefix = tr("error: ");
        m_messages->appendPlainText(e.time.toString(QStringLiteral("HH:mm:ss ")) + prefix + e.message);
    });
    connect(session, &RunSession::cleared, m_messages, &QPlainTextEdit::clear);
}

QString LogPanel::messagesText() const
{
    return m_messages->toPlainText();
}

} // namespace drpo::ui
