// SPDX-License-Identifier: GPL-3.0-or-later
#include "eval/experimentsetupview.h"

#include "eval/benchmarkchoice.h"

#include "eval/benchmarkimporter.h"
#include "eval/experimentforecast.h"
#include "projectdocument.h"
#include "textformat.h"
#include "userprompter.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace drpo::ui {

namespace {
constexpr int kDefaultItems = 20; // a demo grid finishes in minutes
constexpr int kMaxK = 5;
} // namespace

ExperimentSetupView::ExperimentSetupView(const ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    auto *axes = new QGridLayout;
    addAxis(axes, 0, tr("Se&arch:"),
        {{QStringLiteral("search:beam"), tr("Beam")}, {QStringLiteral("search:greedy"), tr("Greedy")},
            {QStringLiteral("search:mc"), tr("Monte Carlo")}});
    addAxis(axes, 1, tr("Criteria, stage &1 (examples):"),
        {{QStringLiteral("stage1:dynamic"), tr("Dynamic")}, {QStringLiteral("stage1:static"), tr("Static")}});
    addAxis(axes, 2, tr("Criteria, stage &2 (prompt):"),
        {{QStringLiteral("stage2:dynamic"), tr("Dynamic")}, {QStringLiteral("stage2:static"), tr("Static")}});
    addAxis(axes, 3, tr("&Components:"),
        {{QStringLiteral("component:prompt"), tr("Prompt only")},
            {QStringLiteral("component:examples"), tr("Examples only")},
            {QStringLiteral("component:both"), tr("Prompt + examples")}});
    QList<QPair<QString, QString>> ks;
    for (int k = 0; k <= kMaxK; ++k)
        ks.append({QStringLiteral("k:%1").arg(k), QString::number(k)});
    addAxis(axes, 4, tr("&K at inference:"), ks);
    m_boxes.value(QStringLiteral("search:beam"))->setToolTip(tr("One DRPO run per checked search strategy"));
    m_boxes.value(QStringLiteral("component:prompt"))
        ->setToolTip(tr("Components and K are systems evaluated on each run: they add no optimization"));
    // The defaults of drpo ablate: beam, dynamic criteria, prompt + examples at the project's K.
    for (const char *key : {"search:beam", "stage1:dynamic", "stage2:dynamic", "component:both"})
        m_boxes.value(QString::fromLatin1(key))->setChecked(true);

    m_benchmarkLabel = new QLabel(this);
    m_benchmarkLabel->setTextFormat(Qt::PlainText);
    m_benchmarkLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // a long file name is cut
    auto *demoButton = new QPushButton(tr("Demo benchmark"), this);
    auto *fileButton = new QPushButton(tr("Benchmark file\u2026"), this);
    m_items = new QSpinBox(this);
    m_items->setObjectName(QStringLiteral("experimentItems"));
    m_items->setRange(1, 100000);
    m_items->setValue(kDefaultItems);
    m_items->setToolTip(tr("Each cell evaluates this many benchmark items, spread evenly over it"));
    auto *itemsLabel = new QLabel(tr("&Items per cell:"), this);
    itemsLabel->setBuddy(m_items);
    auto *benchRow = new QHBoxLayout;
    benchRow->addWidget(new QLabel(tr("Benchmark:"), this));
    benchRow->addWidget(m_benchmarkLabel, 1);
    benchRow->addWidget(demoButton);
    benchRow->addWidget(fileButton);
    benchRow->addSpacing(12);
    benchRow->addWidget(itemsLabel);
    benchRow->addWidget(m_items);

    m_input = new QLabel(this);
    m_input->setTextFormat(Qt::PlainText);
    m_input->setWordWrap(true);
    m_forecast = new QLabel(this);
    m_forecast->setObjectName(QStringLiteral("experimentForecast"));
    m_forecast->setTextFormat(Qt::PlainText);
    m_forecast->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(axes);
    layout->addLayout(benchRow);
    layout->addWidget(m_input);
    layout->addWidget(m_forecast);
    m_editable = {demoButton, fileButton, m_items};
    for (QCheckBox *b : std::as_const(m_boxes))
        m_editable << b;

    connect(demoButton, &QPushButton::clicked, this, &ExperimentSetupView::useDemoBenchmark);
    connect(fileButton, &QPushButton::clicked, this, &ExperimentSetupView::chooseBenchmarkFile);
    connect(m_items, &QSpinBox::valueChanged, this, &ExperimentSetupView::updateForecast);
    for (QCheckBox *b : std::as_const(m_boxes))
        connect(b, &QCheckBox::toggled, this, &ExperimentSetupView::updateForecast);
    connect(document, &ProjectDocument::projectReset, this, &ExperimentSetupView::projectChanged);
    connect(document, &ProjectDocument::changed, this, [this](ProjectDocument::Change c) {
        if (c == ProjectDocument::Change::Models || c == ProjectDocument::Change::Settings ||
            c == ProjectDocument::Change::Queries || c == ProjectDocument::Change::Examples)
            updateForecast();
    });
    projectChanged();
    useDemoBenchmark();
}

void ExperimentSetupView::addAxis(
    QGridLayout *grid, int row, const QString &title, const QList<QPair<QString, QString>> &boxes)
{
    auto *label = new QLabel(title, this);
    grid->addWidget(label, row, 0);
    auto *line = new QHBoxLayout;
    for (const auto &[key, text] : boxes) {
        auto *box = new QCheckBox(text, this);
        box->setObjectName(QStringLiteral("experimentBox_") + QString(key).replace(u':', u'_'));
        if (line->isEmpty())
            label->setBuddy(box);
        m_boxes.insert(key, box);
        line->addWidget(box);
    }
    line->addStretch(1);
    grid->addLayout(line, row, 1);
}

QCheckBox *ExperimentSetupView::box(const QString &key) const
{
    return m_boxes.value(key);
}

eval::ExperimentGrid ExperimentSetupView::grid() const
{
    auto on = [this](const QString &key) { return m_boxes.value(key)->isChecked(); };
    eval::ExperimentGrid g;
    g.search.clear();
    g.criteriaStage1.clear();
    g.criteriaStage2.clear();
    g.components.clear();
    g.kInference.clear();
    for (auto [key, s] : {std::pair{"search:beam", model::SearchStrategy::Beam},
             std::pair{"search:greedy", model::SearchStrategy::Greedy},
             std::pair{"search:mc", model::SearchStrategy::MonteCarlo}})
        if (on(QString::fromLatin1(key)))
            g.search << s;
    for (auto [name, m] :
        {std::pair{"dynamic", model::CriteriaMode::Dynamic}, std::pair{"static", model::CriteriaMode::Static}}) {
        if (on(QStringLiteral("stage1:") + QString::fromLatin1(name)))
            g.criteriaStage1 << m;
        if (on(QStringLiteral("stage2:") + QString::fromLatin1(name)))
            g.criteriaStage2 << m;
    }
    for (eval::Component c : {eval::Component::Prompt, eval::Component::Examples, eval::Component::Both})
        if (on(QStringLiteral("component:") + eval::componentKey(c)))
            g.components << c;
    for (int k = 0; k <= kMaxK; ++k)
        if (on(QStringLiteral("k:%1").arg(k)))
            g.kInference << k;
    return g;
}

void ExperimentSetupView::setGrid(const eval::ExperimentGrid &g)
{
    // One forecast at the end, not one per box.
    for (auto it = m_boxes.cbegin(); it != m_boxes.cend(); ++it) {
        const QString axis = it.key().section(u':', 0, 0);
        const QString value = it.key().section(u':', 1);
        bool on = false;
        if (axis == u"search") {
            bool ok = false;
            on = g.search.contains(model::strategyFromName(value, &ok)) && ok;
        } else if (axis == u"stage1" || axis == u"stage2") {
            bool ok = false;
            const model::CriteriaMode m = model::criteriaModeFromName(value, &ok);
            on = ok && (axis == u"stage1" ? g.criteriaStage1 : g.criteriaStage2).contains(m);
        } else if (axis == u"component") {
            const std::optional<eval::Component> c = eval::componentFromKey(value);
            on = c && g.components.contains(*c);
        } else if (axis == u"k") {
            on = g.kInference.contains(value.toInt());
        }
        const QSignalBlocker blockBox(it.value());
        it.value()->setChecked(on);
    }
    updateForecast();
}

QString ExperimentSetupView::problem() const
{
    if (!m_document->isOpen())
        return tr("Open a project (or the demo) first: its models and search settings are the experiment's.");
    if (m_benchmark.items.isEmpty())
        return tr("Choose a benchmark.");
    // Name the empty axis: the core's check says only that one is empty.
    const eval::ExperimentGrid g = grid();
    QStringList missing;
    if (g.search.isEmpty())
        missing << tr("a search strategy");
    if (g.criteriaStage1.isEmpty())
        missing << tr("a criteria mode for stage 1");
    if (g.criteriaStage2.isEmpty())
        missing << tr("a criteria mode for stage 2");
    if (g.components.isEmpty())
        missing << tr("a component");
    if (g.kInference.isEmpty())
        missing << tr("a value of K");
    if (!missing.isEmpty())
        return tr("Check at least %1.").arg(missing.join(tr(", and ")));
    const QString gridProblem = g.validate();
    if (!gridProblem.isEmpty())
        return tr("The grid is not complete: %1.").arg(gridProblem);
    return {};
}

QString ExperimentSetupView::forecastText() const
{
    return m_forecast->text();
}

std::optional<eval::Experiment> ExperimentSetupView::experiment(const QString &path, QString *error) const
{
    *error = problem();
    if (!error->isEmpty())
        return std::nullopt;
    const model::Project &project = m_document->project();
    model::RunInput input = project.runInput();
    eval::EvalSettings settings;
    settings.models = input.models;
    settings.seed = input.settings.seed;
    QString base = QStringLiteral("experiment");
    if (!path.isEmpty()) {
        // The cells share one response cache beside the experiment (as drpo ablate does),
        // unless the project names one.
        const QFileInfo info(path);
        base = info.completeBaseName();
        if (input.models.provider.cachePath.isEmpty()) {
            input.models.provider.cachePath = info.dir().filePath(base + QStringLiteral(".cache.sqlite"));
            settings.models.provider.cachePath = input.models.provider.cachePath;
        }
    }
    const QString source =
        m_document->filePath().isEmpty() ? m_document->displayName() : QFileInfo(m_document->filePath()).fileName();
    return eval::newExperiment(grid(), input, source, eval::benchmarkSubset(m_benchmark, m_items->value()), settings,
        base + QStringLiteral(".cells"));
}

void ExperimentSetupView::setEditable(bool editable)
{
    for (QWidget *w : std::as_const(m_editable))
        w->setEnabled(editable);
}

void ExperimentSetupView::projectChanged()
{
    // A new project: K starts at the project's K at inference, as drpo ablate's default.
    const int k = m_document->project().settings.kInference;
    for (int i = 0; i <= kMaxK; ++i)
        m_boxes.value(QStringLiteral("k:%1").arg(i))->setChecked(i == std::clamp(k, 0, kMaxK));
    updateForecast();
}

void ExperimentSetupView::useDemoBenchmark()
{
    QString error;
    if (std::optional<BenchmarkChoice> c = BenchmarkChoice::demo(&error))
        useBenchmark(*c);
    else
        warn(error);
}

bool ExperimentSetupView::loadBenchmark(const QString &path)
{
    QString error;
    std::optional<BenchmarkChoice> c = BenchmarkChoice::fromFile(path, &error);
    if (!c) {
        warn(error);
        return false;
    }
    useBenchmark(*c);
    return true;
}

void ExperimentSetupView::useBenchmark(const BenchmarkChoice &choice)
{
    m_benchmark = choice.benchmark;
    m_benchmarkText = choice.description();
    updateForecast();
}

void ExperimentSetupView::updateForecast()
{
    m_benchmarkLabel->setText(m_benchmarkText);
    const model::SearchSettings &s = m_document->project().settings;
    m_input->setText(m_document->isOpen()
            ? tr("Each run starts from %1: its models, depth %2, beam width %3, %4 queries per level.")
                  .arg(m_document->displayName())
                  .arg(s.depth)
                  .arg(s.beamWidth)
                  .arg(s.batchSize)
            : QString());
    QString error;
    const std::optional<eval::Experiment> e = experiment(QString(), &error);
    if (!e) {
        m_forecast->setText(error);
        emit changed();
        return;
    }
    const eval::ExperimentForecast f = eval::forecastExperiment(*e);
    const QString cost = f.simulated ? tr("free (simulated)")
        : f.allPricesKnown           ? tr("at most %1").arg(text::cost(f.costUsd()))
                                     : tr("at most %1 (some prices unknown)").arg(text::cost(f.costUsd()));
    m_forecast->setText(tr("Forecast: %n DRPO run(s) (%1 calls), each evaluated on %2 items (%3 calls in all); "
                           "%4 calls, %5. An upper bound: early stops and cached answers cost less.",
        nullptr, f.cellsToOptimize)
                            .arg(f.runCalls)
                            .arg(e->benchmark.items.size())
                            .arg(f.evaluation.calls())
                            .arg(f.calls())
                            .arg(cost));
    emit changed();
}

void ExperimentSetupView::chooseBenchmarkFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a benchmark"), QString(), tr("Benchmarks (*.json *.jsonl);;All files (*)"));
    if (!path.isEmpty())
        loadBenchmark(path);
}

void ExperimentSetupView::warn(const QString &text)
{
    if (m_prompter)
        m_prompter->warn(tr("Experiments"), text);
}

} // namespace drpo::ui
