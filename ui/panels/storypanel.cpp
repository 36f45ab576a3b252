// SPDX-License-Identifier: GPL-3.0-or-later
#include "panels/storypanel.h"

#include "storynarrator.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QLabel>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextEdit>
#include <QVBoxLayout>

namespace drpo::ui {

namespace {
constexpr int kMaxParagraphs = 600; // keep the document small on long runs
}

StoryPanel::StoryPanel(StoryNarrator *narrator, QWidget *parent)
    : QWidget(parent)
{
    m_banner = new QLabel(this);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    m_banner->setText(tr("Simulated models: the answers and scores come from an offline simulation, not from a real "
                         "language model."));
    m_banner->setObjectName(QStringLiteral("simulatedBanner"));
    m_banner->setStyleSheet(Theme::noticeStyleSheet(palette()));
    m_banner->hide();
    m_text = new QTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setAcceptRichText(false);
    QFont f = m_text->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_text->setFont(f);
    m_text->document()->setMaximumBlockCount(kMaxParagraphs);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_text, 1);
    connect(narrator, &StoryNarrator::told, this, &StoryPanel::append);
}

void StoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_banner->setStyleSheet(Theme::noticeStyleSheet(palette()));
    QWidget::changeEvent(event);
}

void StoryPanel::clear()
{
    m_text->clear();
    m_paragraphs = 0;
}

void StoryPanel::setSimulated(bool simulated)
{
    m_banner->setVisible(simulated);
}

QString StoryPanel::storyText() const
{
    return m_text->toPlainText();
}

void StoryPanel::append(const QString &sentence, bool headline)
{
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    if (m_paragraphs > 0)
        cursor.insertBlock();
    QTextBlockFormat block;
    block.setBottomMargin(6);
    cursor.setBlockFormat(block);
    QTextCharFormat format;
    format.setFontWeight(headline ? QFont::Bold : QFont::Normal);
    cursor.insertText(sentence, format); // plain text with a format: never parsed as markup
    ++m_paragraphs;
    if (atEnd)
        bar->setValue(bar->maximum());
}

} // namespace drpo::ui
