// SPDX-License-Identifier: GPL-3.0-or-later
#include "serve/servedialog.h"

#include "io/atomicfile.h"
#include "serve/requestlogmodel.h"
#include "serve/serverhost.h"
#include "widgets/theme.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace drpo::ui {

namespace {

QPlainTextEdit *snippetView(QWidget *parent)
{
    auto *v = new QPlainTextEdit(parent);
    v->setReadOnly(true);
    v->setLineWrapMode(QPlainTextEdit::NoWrap);
    v->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return v;
}

} // namespace

ServeDialog::ServeDialog(const model::AlignmentProfile &profile, const model::ModelSettings &models,
    const QString &name, QWidget *parent, quint64 seed)
    : QDialog(parent)
    , m_profile(profile)
    , m_models(models)
    , m_seed(seed)
    , m_host(new serve::ServerHost(this))
    , m_log(new RequestLogModel(this))
{
    setWindowTitle(tr("Serve this profile"));
    auto *intro = new QLabel(tr("Any OpenAI-compatible client, SDK or chat app can talk to this profile on this "
                                "computer. Each request gets the profile's system prompt and the %n example(s) most "
                                "similar to the user's message, then goes to the base model.",
                                 nullptr, profile.k),
        this);
    intro->setWordWrap(true);
    auto *summary = new QLabel(this);
    summary->setTextFormat(Qt::PlainText);
    summary->setWordWrap(true);
    summary->setText(tr("Base model: %1 \u00b7 examples: %2, %3 per query \u00b7 prompt: %4")
                         .arg(models.base.isSim() ? tr("simulated demo model") : models.base.model)
                         .arg(profile.examples.size())
                         .arg(profile.k)
                         .arg(profile.systemPrompt.simplified().left(120)));
    QLabel *notice = nullptr;
    if (models.base.isSim()) {
        notice =
            new QLabel(tr("Simulated: answers come from the offline demo model, not a real language model."), this);
        notice->setWordWrap(true);
        notice->setStyleSheet(Theme::noticeStyleSheet(palette()));
    }

    m_name = new QLineEdit(name, this);
    m_name->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}")), m_name));
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setValue(8089);
    m_port->setSpecialValueText(tr("any free port"));
    auto *form = new QFormLayout;
    form->addRow(tr("Model name:"), m_name);
    form->addRow(tr("Port (this computer only):"), m_port);

    m_start = new QPushButton(tr("Start"), this);
    m_stop = new QPushButton(tr("Stop"), this);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    connect(m_start, &QPushButton::clicked, this, &ServeDialog::start);
    connect(m_stop, &QPushButton::clicked, this, &ServeDialog::stop);
    auto *controls = new QHBoxLayout;
    controls->addWidget(m_start);
    controls->addWidget(m_stop);
    controls->addWidget(m_status, 1);

    m_url = new QLineEdit(this);
    m_url->setReadOnly(true);
    m_url->setPlaceholderText(tr("not serving"));
    auto *copyUrl = new QPushButton(tr("Copy"), this);
    connect(copyUrl, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(url()); });
    auto *urlRow = new QHBoxLayout;
    urlRow->addWidget(new QLabel(tr("Base URL:"), this));
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(copyUrl);

    m_curl = snippetView(this);
    m_python = snippetView(this);
    auto *examples = new QTabWidget(this);
    examples->addTab(m_curl, QStringLiteral("curl"));
    examples->addTab(m_python, QStringLiteral("Python"));
    auto *copyExample = new QPushButton(tr("Copy example"), this);
    connect(copyExample, &QPushButton::clicked, this, [this, examples] {
        QApplication::clipboard()->setText(examples->currentIndex() == 0 ? curlExample() : pythonExample());
    });
    examples->setCornerWidget(copyExample);
    examples->setMaximumHeight(140);

    m_table = new QTableView(this);
    m_table->setModel(m_log);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    connect(m_host, &serve::ServerHost::requestFinished, this, [this](const serve::RequestLogEntry &e) {
        m_log->addEntry(e);
        m_table->scrollToBottom();
    });
    connect(m_host, &serve::ServerHost::started, this, &ServeDialog::onStarted);
    connect(m_host, &serve::ServerHost::failed, this, &ServeDialog::onFailed);
    connect(m_host, &serve::ServerHost::warning, this, [this](const QString &m) { setStatus(m, true); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *exportButton = buttons->addButton(tr("Export\u2026"), QDialogButtonBox::ActionRole);
    auto *exportMenu = new QMenu(exportButton);
    const QList<std::pair<io::ProfileExporter::Format, QString>> formats{
        {io::ProfileExporter::Format::Ollama, tr("Ollama Modelfile\u2026")},
        {io::ProfileExporter::Format::OpenAiMessages, tr("OpenAI messages template (JSON)\u2026")},
        {io::ProfileExporter::Format::Markdown, tr("Markdown\u2026")}};
    for (const auto &[format, label] : formats)
        exportMenu->addAction(
            label, this, [this, format = format] { exportInteractive(this, m_profile, modelName(), format); });
    exportButton->setMenu(exportMenu);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(summary);
    if (notice)
        layout->addWidget(notice);
    layout->addLayout(form);
    layout->addLayout(controls);
    layout->addLayout(urlRow);
    layout->addWidget(examples);
    layout->addWidget(new QLabel(tr("Requests:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 620);
    updateState();
}

ServeDialog::~ServeDialog()
{
    m_host->stop();
}

void ServeDialog::setPort(int port)
{
    m_port->setValue(port);
}

bool ServeDialog::start()
{
    if (m_host->isRunning())
        return true;
    serve::ServeConfig config;
    config.port = quint16(m_port->value());
    config.profiles = {serve::ServedProfile{modelName(), m_profile, QString()}};
    QString error;
    if (!m_host->start(config, m_models, m_seed, &error)) {
        onFailed(error);
        return false;
    }
    setStatus(tr("Starting\u2026"), false);
    m_start->setEnabled(false);
    m_name->setEnabled(false);
    m_port->setEnabled(false);
    return true;
}

void ServeDialog::stop()
{
    m_host->stop();
    setStatus(tr("Stopped."), false);
    updateState();
}

bool ServeDialog::isServing() const
{
    return m_host->isRunning();
}

QString ServeDialog::url() const
{
    return m_host->url();
}

QString ServeDialog::modelName() const
{
    return m_name->text().trimmed();
}

QString ServeDialog::curlExample() const
{
    const QString base = isServing() ? url() : QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port->value());
    return QStringLiteral("curl %1/chat/completions \\\n"
                          "  -H \"Content-Type: application/json\" \\\n"
                          "  -d '{\"model\": \"%2\", \"messages\": [{\"role\": \"user\", \"content\": \"Hello!\"}]}'\n")
        .arg(base, modelName());
}

QString ServeDialog::pythonExample() const
{
    const QString base = isServing() ? url() : QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port->value());
    return QStringLiteral("from openai import OpenAI\n\n"
                          "client = OpenAI(base_url=\"%1\", api_key=\"unused\")\n"
                          "reply = client.chat.completions.create(\n"
                          "    model=\"%2\",\n"
                          "    messages=[{\"role\": \"user\", \"content\": \"Hello!\"}],\n"
                          ")\n"
                          "print(reply.choices[0].message.content)\n")
        .arg(base, modelName());
}

void ServeDialog::onStarted(const QString &serverUrl)
{
    setStatus(tr("Serving at %1").arg(serverUrl), false);
    updateState();
}

void ServeDialog::onFailed(const QString &error)
{
    setStatus(tr("Could not start: %1").arg(error), true);
    updateState();
}

void ServeDialog::updateState()
{
    const bool running = m_host->isRunning();
    m_start->setEnabled(!running);
    m_stop->setEnabled(running);
    m_name->setEnabled(!running);
    m_port->setEnabled(!running);
    m_url->setText(running ? url() : QString());
    m_curl->setPlainText(curlExample());
    m_python->setPlainText(pythonExample());
}

void ServeDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, error ? Theme::negative(palette()) : palette().color(QPalette::WindowText));
    m_status->setPalette(p);
}

void ServeDialog::done(int result)
{
    m_host->stop(); // closing the dialog ends the server: nothing keeps listening unseen
    QDialog::done(result);
}

bool ServeDialog::exportTo(io::ProfileExporter::Format format, const QString &path, QString *error) const
{
    io::ProfileExporter::Options options;
    options.format = format;
    options.name = modelName();
    return io::writeFileAtomic(path, io::ProfileExporter::exportProfile(m_profile, options), error);
}

void ServeDialog::exportInteractive(
    QWidget *parent, const model::AlignmentProfile &profile, const QString &name, io::ProfileExporter::Format format)
{
    const QString suffix = io::ProfileExporter::fileSuffix(format);
    const QString filter = format == io::ProfileExporter::Format::Ollama
        ? tr("Ollama Modelfile (*.modelfile Modelfile)")
        : format == io::ProfileExporter::Format::OpenAiMessages ? tr("JSON (*.json)")
                                                                : tr("Markdown (*.md)");
    const QString suggested =
        format == io::ProfileExporter::Format::Ollama ? QStringLiteral("Modelfile") : name + u'.' + suffix;
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export profile"), suggested, filter);
    if (path.isEmpty())
        return;
    io::ProfileExporter::Options options;
    options.format = format;
    options.name = name;
    QString error;
    if (!io::writeFileAtomic(path, io::ProfileExporter::exportProfile(profile, options), &error))
        QMessageBox::warning(parent, tr("Export profile"), tr("The profile could not be exported.\n\n%1").arg(error));
}

} // namespace drpo::ui
