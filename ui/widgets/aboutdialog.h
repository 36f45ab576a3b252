// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace drpo::ui {

// Help > About: the program's name and icon, the version and build type from CMake (the
// same as `drpo --version`), the licence and the Qt version it runs on.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    QString versionText() const; // the version line, for tests
    QString licenceText() const; // the licence paragraph, for tests

private:
    QLabel *m_version = nullptr;
    QLabel *m_licence = nullptr;
};

} // namespace drpo::ui
