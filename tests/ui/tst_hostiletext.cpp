// SPDX-License-Identifier: GPL-3.0-or-later
// Text from models and from users' files is untrusted: a run of the simulated models whose
// prompt, queries, examples and criteria carry HTML, script tags and control characters must
// show every one of them as plain text in every widget (labels, editors, item views and
// their tooltips, the tree), never as markup.
#include "mainwindow.h"
#include "models/nodemodel.h"
#include "panels/comparepanel.h"
#include "panels/inspectorpanel.h"
#include "projectdocument.h"
#include "runsession.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDockWidget>
#include <QGraphicsItem>
#include <QGraphicsView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>

using namespace drpo;
using namespace drpo::ui;
using namespace Qt::Literals::StringLiterals;

namespace {

// Each payload is found by its marker; wherever a marker is shown, the whole payload must be
// shown with it, tags and all. Markup that was interpreted would show the marker alone.
struct Payload {
    QString marker;
    QString text;
};
const QList<Payload> kPayloads = {
    {u"alert(1)"_s, u"<script>alert(1)</script>"_s},
    {u"bold-marker"_s, u"<b>bold-marker</b>"_s},
    {u"onerror=alert(2)"_s, u"<img src=x onerror=alert(2)>"_s},
    {u"link-marker"_s, u"<a href=\"https://evil.example\">link-marker</a>"_s},
};
// Control characters and a right-to-left override ride along; they must not break anything.
const QString kControls = u"\u0007\u001b[31m\u202e\u0000end"_s;

QString hostile(const QString &plain)
{
    QString out = plain;
    for (const Payload &p : kPayloads)
        out += u' ' + p.text;
    return out + u' ' + kControls;
}

// What a person sees for text a widget renders as rich text.
QString asRendered(const QString &text)
{
    QTextDocument doc;
    doc.setHtml(text);
    return doc.toPlainText();
}

QString richOrPlain(const QString &text, Qt::TextFormat format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    return rich ? asRendered(text) : text;
}

struct Shown {
    QString where;
    QString text;
};

QString nameOf(const QObject *o)
{
    QString path;
    for (const QObject *p = o; p; p = p->parent())
        if (!p->objectName().isEmpty()) {
            path = p->objectName();
            break;
        }
    return QString::fromLatin1(o->metaObject()->className()) + u" in "_s + (path.isEmpty() ? u"?"_s : path);
}

// Everything the window shows as text, as a person would see it.
QList<Shown> everythingShown(QWidget *root)
{
    QList<Shown> out;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.push_back(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->toolTip().isEmpty())
            out.push_back({nameOf(w) + u" (tooltip)"_s, richOrPlain(w->toolTip(), Qt::AutoText)});
        if (auto *l = qobject_cast<QLabel *>(w))
            out.push_back({nameOf(l), richOrPlain(l->text(), l->textFormat())});
        else if (auto *t = qobject_cast<QTextEdit *>(w))
            out.push_back({nameOf(t), t->toPlainText()});
        else if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            out.push_back({nameOf(p), p->toPlainText()});
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            out.push_back({nameOf(e), e->text()});
        if (auto *v = qobject_cast<QAbstractItemView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            for (int r = 0; r < m->rowCount(); ++r)
                for (int c = 0; c < m->columnCount(); ++c) {
                    const QModelIndex i = m->index(r, c);
                    out.push_back({nameOf(v) + u" cell"_s, i.data(Qt::DisplayRole).toString()}); // views paint plain
                    const QString tip = i.data(Qt::ToolTipRole).toString();
                    if (!tip.isEmpty())
                        out.push_back(
                            {nameOf(v) + u" cell tooltip (column %1)"_s.arg(c), richOrPlain(tip, Qt::AutoText)});
                }
        }
        if (auto *g = qobject_cast<QGraphicsView *>(w); g && g->scene()) {
            for (QGraphicsItem *item : g->scene()->items()) {
                if (auto *t = dynamic_cast<QGraphicsTextItem *>(item))
                    out.push_back({nameOf(g) + u" text item"_s, t->toPlainText()});
                if (auto *s = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                    out.push_back({nameOf(g) + u" text item"_s, s->text()});
                if (!item->toolTip().isEmpty())
                    out.push_back({nameOf(g) + u" item tooltip"_s, richOrPlain(item->toolTip(), Qt::AutoText)});
            }
        }
    }
    return out;
}

// The places where a marker shows up without its payload around it: markup was interpreted.
QStringList interpreted(const QList<Shown> &shown, int *sightings)
{
    QStringList bad;
    for (const Shown &s : shown)
        for (const Payload &p : kPayloads) {
            if (!s.text.contains(p.marker))
                continue;
            ++*sightings;
            if (!s.text.contains(p.text))
                bad << s.where + u": "_s + s.text.left(200);
        }
    return bad;
}

} // namespace

class TstHostileText : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"drpo-tests"_s);
    }

    void hostileTextThroughTheSim_everyWidgetShowsItAsPlainText()
    {
        MainWindow w;
        w.setInteractive(false);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(w.openDemo());
        ProjectDocument *doc = w.document();

        model::SearchSettings settings = doc->project().settings;
        settings.depth = 2;
        settings.stage1Rounds = 1;
        settings.rootPrompt = hostile(u"You are a helpful assistant."_s);
        doc->setSettings(settings);
        model::ModelSettings models = doc->project().models;
        models.simLatencyMs = 0;
        doc->setModels(models);
        model::QuerySet queries = doc->project().queries;
        for (int i = 0; i < 3 && i < queries.queries.size(); ++i)
            queries.queries[i].text = hostile(queries.queries[i].text);
        doc->setQueries(queries);
        QList<model::Example> examples = doc->project().seedExamples;
        if (!examples.isEmpty())
            examples[0].answer = hostile(examples[0].answer);
        doc->setExamples(examples);
        model::CriteriaLibrary criteria = doc->project().criteria;
        criteria.criteria.push_back({u"Markup <b>bold-marker</b>"_s, hostile(u"5: plain; 1: markup"_s), true});
        doc->setCriteria(criteria);

        QVERIFY(w.startRun());
        QTRY_VERIFY_WITH_TIMEOUT(w.session()->state() == engine::RunState::Finished, 60'000);

        // Show what a user looks at after a run: the best node and its answers, the
        // comparison with the root, every dock.
        const NodeModel *nodes = w.session()->nodes();
        const QString bestId = w.session()->best().nodeId;
        QVERIFY(!bestId.isEmpty());
        const QString rootId = nodes->path(bestId).first()->id;
        w.session()->setCurrentNode(bestId);
        QCOMPARE(w.inspector()->shownNode(), bestId);
        w.showCompare(rootId, bestId);
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            d->show();
        QApplication::processEvents();
        (void)w.grab(); // paints every visible widget with the hostile text

        int sightings = 0;
        const QStringList bad = interpreted(everythingShown(&w), &sightings);
        QVERIFY2(sightings >= 10, qPrintable(QString::number(sightings))); // the payloads did reach the widgets
        QVERIFY2(bad.isEmpty(), qPrintable(u"shown as markup:\n"_s + bad.join(u'\n')));
    }
};

QTEST_MAIN(TstHostileText)
#include "tst_hostiletext.moc"
