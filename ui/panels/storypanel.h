// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTextEdit;

namespace drpo::ui {

class StoryNarrator;

// The plain-language story of the run, for demos to people who have never programmed.
class StoryPanel : public QWidget {
    Q_OBJECT
public:
    explicit StoryPanel(StoryNarrator *narrator, QWidget *parent = nullptr);

    void clear();
    void setSimulated(bool simulated);
    QString storyText() const;
    int paragraphCount() const { return m_paragraphs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void append(const QString &sentence, bool headline);

    QLabel *m_banner;
    QTextEdit *m_text;
    int m_paragraphs = 0;
};

} // namespace drpo::ui
