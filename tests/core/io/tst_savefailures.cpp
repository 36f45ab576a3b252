// SPDX-License-Identifier: GPL-3.0-or-later
// Saving onto a full or a read-only disk: every writer (project, run record, profile, query
// export) fails with a sentence naming the file and the system's reason, and the previous
// file stays exactly as it was, with no temporary file left beside it.
#include "io/profilefile.h"
#include "io/projectfile.h"
#include "io/queryexporter.h"
#include "io/runfile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include "testfiles.h"

#ifdef Q_OS_LINUX
#include <sys/mount.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace drpo;
using namespace Qt::Literals::StringLiterals;
using drpo::test::readFile;

namespace {

// A project big enough not to fit in the small disk below.
model::Project bigProject(int queries)
{
    io::FileError fe;
    model::Project p = *io::loadDemoProject(&fe);
    model::QuerySet &set = p.queries;
    const model::Query first = set.queries.first();
    for (int i = 0; i < queries; ++i) {
        model::Query q = first;
        q.id = u"big%1"_s.arg(i);
        q.text = u"%1 %2"_s.arg(first.text).arg(QString(400, u'x'));
        set.queries.push_back(q);
    }
    return p;
}

model::RunRecord bigRun(const model::Project &p)
{
    model::RunRecord r;
    r.id = u"run-test"_s;
    r.input = p.runInput();
    return r;
}

model::AlignmentProfile bigProfile()
{
    model::AlignmentProfile prof;
    prof.systemPrompt = QString(400'000, u'p');
    return prof;
}

// One writer under test: saves `small` first (must work), then `big` (must fail).
struct Writer {
    QString name;
    std::function<bool(const QString &path, bool big, QString *error)> save;
};

QList<Writer> writers()
{
    const model::Project small = *io::loadDemoProject(nullptr);
    const model::Project big = bigProject(600);
    return {
        {u"project.drpo"_s,
            [=](const QString &path, bool b, QString *e) { return io::saveProject(path, b ? big : small, e); }},
        {u"run.json"_s,
            [=](const QString &path, bool b, QString *e) {
                return io::saveRunRecord(path, bigRun(b ? big : small), e);
            }},
        {u"profile.json"_s,
            [=](const QString &path, bool b, QString *e) {
                model::AlignmentProfile prof = b ? bigProfile() : model::AlignmentProfile{};
                prof.systemPrompt += u"You are helpful."_s;
                return io::saveProfile(path, prof, e);
            }},
        {u"queries.csv"_s,
            [=](const QString &path, bool b, QString *e) {
                return io::exportQueries(path, (b ? big : small).queries, io::QueryFormat::Csv, e);
            }},
        {u"queries.jsonl"_s,
            [=](const QString &path, bool b, QString *e) {
                return io::exportQueries(path, (b ? big : small).queries, io::QueryFormat::Jsonl, e);
            }},
    };
}

#ifdef Q_OS_LINUX
// A tmpfs of `kib` KiB mounted on dir for the test's lifetime (root only).
class SmallDisk {
public:
    SmallDisk(const QString &dir, int kib)
        : m_dir(QFile::encodeName(dir))
    {
        const QByteArray options = "size=" + QByteArray::number(kib) + "k";
        m_mounted = ::mount("tmpfs", m_dir.constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(m_dir.constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    bool makeReadOnly() { return ::mount(nullptr, m_dir.constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0; }

private:
    QByteArray m_dir;
    bool m_mounted = false;
};
#endif

} // namespace

class TstSaveFailures : public QObject {
    Q_OBJECT
private slots:
    void fullDisk_everyWriter_clearErrorAndPreviousFileIntact_data()
    {
        QTest::addColumn<int>("index");
        const QList<Writer> all = writers();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all[i].name)) << i;
    }
    void fullDisk_everyWriter_clearErrorAndPreviousFileIntact()
    {
#ifdef Q_OS_LINUX
        QFETCH(int, index);
        const Writer w = writers().at(index);
        QTemporaryDir dir;
        SmallDisk disk(dir.path(), 192);
        if (!disk.mounted())
            QSKIP("mounting a small tmpfs needs root (CI runs as root)");
        const QString path = dir.filePath(w.name);
        QString error;
        QVERIFY2(w.save(path, false, &error), qPrintable(error));
        const QByteArray before = readFile(path);
        QVERIFY(!before.isEmpty());

        QVERIFY(!w.save(path, true, &error));
        QVERIFY2(error.contains(w.name), qPrintable(error));
        QVERIFY2(error.contains(u"is full"_s), qPrintable(error)); // Qt alone said "Unknown error"
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{w.name});
#else
        QSKIP("needs Linux mounts");
#endif
    }

    void readOnlyDisk_everyWriter_clearErrorAndPreviousFileIntact_data()
    {
        fullDisk_everyWriter_clearErrorAndPreviousFileIntact_data();
    }
    void readOnlyDisk_everyWriter_clearErrorAndPreviousFileIntact()
    {
#ifdef Q_OS_LINUX
        QFETCH(int, index);
        const Writer w = writers().at(index);
        QTemporaryDir dir;
        const QString path = dir.filePath(w.name);
        QString error;
        SmallDisk disk(dir.path(), 4096);
        const bool root = disk.mounted();
        QVERIFY2(w.save(path, false, &error), qPrintable(error));
        const QByteArray before = readFile(path);
        if (root) {
            QVERIFY(disk.makeReadOnly()); // read-only for root too
        } else {
            // Without root, a folder without write permission is the read-only disk.
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        }
        const bool saved = w.save(path, false, &error);
        if (!root)
            QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!saved);
        QVERIFY2(error.contains(w.name), qPrintable(error));
        QVERIFY2(error.contains(root ? u"is read-only"_s : u"may not write"_s), qPrintable(error));
        QCOMPARE(readFile(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{w.name});
#else
        QSKIP("needs Linux mounts");
#endif
    }
};

QTEST_GUILESS_MAIN(TstSaveFailures)
#include "tst_savefailures.moc"
