// SPDX-License-Identifier: GPL-3.0-or-later
// Integer fields read from JSON: a number that does not fit the field is refused with the
// field's path. nlohmann's plain cast made 1e300 into an int or -1 into a quint64 undefined
// behaviour (UBSan) and 2^32 + 5 into an int a silent 5; every file loader reads through this.
// Also numbers too large for a double, which nlohmann reports as out_of_range, not parse_error.
#include "io/profilefile.h"
#include "io/runfile.h"
#include "model/jsonsupport.h"

#include <QTest>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using drpo::model::Json;

namespace {

// The what() of the exception reading j["v"] as T, or "" when it reads.
template<typename T> std::string readError(const char *json)
{
    const Json j = Json::parse(json);
    try {
        (void)j.at("v").get<T>();
        return {};
    } catch (const Json::type_error &e) {
        return e.what();
    }
}

} // namespace

class TestJsonSupport : public QObject {
    Q_OBJECT

private slots:
    void intField_numberOutOfRange_throwsNamingThePath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("huge float") << QByteArray(R"({"v": 1e300})");
        QTest::newRow("huge negative float") << QByteArray(R"({"v": -1e300})");
        QTest::newRow("just above int") << QByteArray(R"({"v": 2147483648})");
        QTest::newRow("float just above int") << QByteArray(R"({"v": 2147483648.0})");
        QTest::newRow("just below int") << QByteArray(R"({"v": -2147483649})");
        QTest::newRow("wraps to 5") << QByteArray(R"({"v": 4294967301})");
        QTest::newRow("above int64") << QByteArray(R"({"v": 18446744073709551615})");
    }

    void intField_numberOutOfRange_throwsNamingThePath()
    {
        QFETCH(QByteArray, json);
        const std::string what = readError<int>(json.constData());
        QVERIFY2(what.find("(/v)") != std::string::npos, what.c_str());
        QVERIFY2(what.find("out of range") != std::string::npos, what.c_str());
        QVERIFY2(what.find("2147483647") != std::string::npos, what.c_str());
    }

    void unsignedField_negativeNumber_throws()
    {
        QVERIFY(!readError<quint64>(R"({"v": -1})").empty());
        QVERIFY(!readError<quint64>(R"({"v": -1.5})").empty());
        QVERIFY(!readError<quint64>(R"({"v": 1.9e19})").empty());
        QVERIFY(!readError<unsigned>(R"({"v": 4294967296})").empty());
        QVERIFY(!readError<qint64>(R"({"v": 9.3e18})").empty());
    }

    void integerFields_numbersInRange_readAsBefore()
    {
        const Json j = Json::parse(R"({"a": 3.0, "b": -7, "c": 2147483647, "d": -2147483648, "e": 2.7, "f": -0.5,
            "g": 18446744073709551615, "h": 0.5})");
        QCOMPARE(j.at("a").get<int>(), 3);
        QCOMPARE(j.at("b").get<int>(), -7);
        QCOMPARE(j.at("c").get<int>(), std::numeric_limits<int>::max());
        QCOMPARE(j.at("d").get<int>(), std::numeric_limits<int>::min());
        QCOMPARE(j.at("e").get<int>(), 2); // truncated toward zero, as before
        QCOMPARE(j.at("f").get<quint64>(), quint64(0));
        QCOMPARE(j.at("g").get<quint64>(), std::numeric_limits<quint64>::max());
        QCOMPARE(j.at("h").get<qint64>(), qint64(0));
        QCOMPARE(j.value("missing", 42), 42);
        QCOMPARE(j.at("b").get<std::optional<int>>(), std::optional<int>(-7));
    }

    void integerFields_written_asNlohmannWritesThem()
    {
        const Json j{{"i", -3}, {"u", 7u}, {"l", std::numeric_limits<qint64>::min()},
            {"q", std::numeric_limits<quint64>::max()}};
        QCOMPARE(QString::fromStdString(j.dump()),
            u"{\"i\":-3,\"l\":-9223372036854775808,\"q\":18446744073709551615,\"u\":7}"_s);
        QVERIFY(j.at("i").is_number_integer());
        QVERIFY(j.at("q").is_number_unsigned());
    }

    // Through a real loader: the error names the file, the field and its line.
    void profileFile_hugeK_refusedWithFieldAndLine()
    {
        const QByteArray data = "{\"format\": \"drpo-profile\", \"format_version\": 1,\n"
                                "\"system_prompt\": \"Be brief.\", \"examples\": [],\n"
                                "\"k\": 1e300, \"base_model\": \"sim-base\"}";
        drpo::io::FileError error;
        QVERIFY(!drpo::io::profileFromData(u"p.json"_s, data, &error));
        QCOMPARE(error.file, u"p.json"_s);
        QCOMPARE(error.field, u"/k"_s);
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.contains(u"out of range"_s), qPrintable(error.message));
    }

    // fuzz_profile found it: "1e3002" threw nlohmann's out_of_range past the loader's catch of
    // parse_error and std::terminate ended the program; every JSON file reader shares the path.
    void profileFile_numberTooLargeForADouble_refusedWithLine()
    {
        const QByteArray data = "{\"format\": \"drpo-profile\", \"format_version\": 1,\n"
                                "\"system_prompt\": \"Be brief.\", \"examples\": [],\n"
                                "\"k\": 1e3002, \"base_model\": \"sim-base\"}";
        drpo::io::FileError error;
        QVERIFY(!drpo::io::profileFromData(u"p.json"_s, data, &error));
        QCOMPARE(error.file, u"p.json"_s);
        QCOMPARE(error.line, 3);
        QVERIFY2(error.message.contains(u"1e3002"_s), qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestJsonSupport)
#include "tst_jsonsupport.moc"
