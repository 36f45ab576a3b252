// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eval/benchmark.h"
#include "eval/experiment.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QGridLayout;
class QLabel;
class QSpinBox;

namespace drpo::ui {

class ProjectDocument;
struct BenchmarkChoice;
class UserPrompter;

// The definition of an experiment: the grid's axes as checkboxes (search, criteria of each
// stage, components, K at inference), the benchmark (the demo one or a file) and how many of
// its items each cell evaluates, and the cost forecast of the whole grid, which follows the
// boxes. The run input is the open project's (its models and search settings).
class ExperimentSetupView : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentSetupView(const ProjectDocument *document, QWidget *parent = nullptr);
    void setPrompter(UserPrompter *prompter) { m_prompter = prompter; }

    // A box by key: "search:beam|greedy|mc", "stage1:dynamic|static", "stage2:dynamic|static",
    // "component:prompt|examples|both", "k:0".."k:5".
    QCheckBox *box(const QString &key) const;
    QSpinBox *itemsPerCell() const { return m_items; }
    eval::ExperimentGrid grid() const;
    // Checks the boxes of a grid (an opened experiment's, so Start repeats it).
    void setGrid(const eval::ExperimentGrid &grid);
    // Empty when an experiment can start, else what is missing.
    QString problem() const;
    QString forecastText() const;

    void useDemoBenchmark();
    bool loadBenchmark(const QString &path); // false: warned
    // A new experiment whose file will be `path` (its cells' files go in a folder beside it).
    std::optional<eval::Experiment> experiment(const QString &path, QString *error) const;
    // Enables the boxes while no experiment runs.
    void setEditable(bool editable);

signals:
    void changed(); // the grid, the benchmark or the project changed: problem() may differ

private:
    void useBenchmark(const BenchmarkChoice &choice);
    void addAxis(QGridLayout *grid, int row, const QString &title, const QList<QPair<QString, QString>> &boxes);
    void projectChanged();
    void updateForecast();
    void chooseBenchmarkFile();
    void warn(const QString &text);

    const ProjectDocument *m_document;
    UserPrompter *m_prompter = nullptr;
    eval::Benchmark m_benchmark;
    QString m_benchmarkText; // what the benchmark label says
    QHash<QString, QCheckBox *> m_boxes;
    QLabel *m_benchmarkLabel;
    QSpinBox *m_items;
    QLabel *m_input;
    QLabel *m_forecast;
    QList<QWidget *> m_editable;
};

} // namespace drpo::ui
