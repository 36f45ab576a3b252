// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/profileexporter.h"
#include "model/profile.h"
#include "model/roleconfig.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace drpo::serve {
class ServerHost;
}

namespace drpo::ui {

class RequestLogModel;

// "Serve this profile…": starts and stops a local OpenAI-compatible server for one
// profile (loopback only), shows its URL, a curl and a Python example to copy, and a live
// log of the requests it answers. Closing the dialog stops the server. Also exports the
// profile (Ollama Modelfile, OpenAI messages, Markdown).
class ServeDialog : public QDialog {
    Q_OBJECT
public:
    ServeDialog(const model::AlignmentProfile &profile, const model::ModelSettings &models, const QString &name,
        QWidget *parent = nullptr, quint64 seed = 42);
    ~ServeDialog() override;

    void setPort(int port); // 0 = any free port
    bool start();           // false (and the reason shown) when it cannot start
    void stop();
    bool isServing() const;
    QString url() const;
    QString modelName() const;
    QString curlExample() const;
    QString pythonExample() const;
    RequestLogModel *requestLog() const { return m_log; }

    // Writes the export atomically; false with *error.
    bool exportTo(io::ProfileExporter::Format format, const QString &path, QString *error) const;
    // Asks for a file name, then exports; reports a failure in a message box.
    static void exportInteractive(QWidget *parent, const model::AlignmentProfile &profile, const QString &name,
        io::ProfileExporter::Format format);

protected:
    void done(int result) override;

private:
    void onStarted(const QString &url);
    void onFailed(const QString &error);
    void updateState();
    void setStatus(const QString &text, bool error);

    model::AlignmentProfile m_profile;
    model::ModelSettings m_models;
    quint64 m_seed;
    serve::ServerHost *m_host;
    RequestLogModel *m_log;
    QLineEdit *m_name;
    QSpinBox *m_port;
    QPushButton *m_start;
    QPushButton *m_stop;
    QLabel *m_status;
    QLineEdit *m_url;
    QPlainTextEdit *m_curl;
    QPlainTextEdit *m_python;
    QTableView *m_table;
};

} // namespace drpo::ui
