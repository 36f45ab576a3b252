#pragma once

#include <QWidget>

class QListWidget;

namespace drpo::ui {

// First screen without a project: try the offline demo, start a new project, open one.
class WelcomePage : public QWidget {
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &files);

signals:
    void demoRequested();
    void newRequested();
    void openRequested();
    void openFileRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace drpo::ui
