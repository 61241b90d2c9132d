#include "core/project/tomldocument.h"

#include <QTest>

using namespace Envdesk::Core;

namespace {

TomlPath path(std::initializer_list<TomlPathItem> items)
{
    return TomlPath(items);
}

TomlDocument doc(const char *text)
{
    auto d = TomlDocument::parse(text, QStringLiteral("pyproject.toml"));
    if (!d)
        qFatal("fixture does not parse: %s", qPrintable(d.error().toString()));
    return *d;
}

QByteArray bytes(const Expected<TomlDocument> &d)
{
    if (!d)
        return "ERROR: " + d.error().toString().toUtf8();
    return QByteArray::fromStdString(d->text());
}

} // namespace

class TestTomlDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDataInFileOrder()
    {
        const TomlDocument d = doc("# top\n[project]\nname = \"demo\"  # trailing\n"
                                   "dependencies = [\n  'a>=1', # why\n  \"b\",\n]\n"
                                   "[tool.uv]\nindex-strategy = \"first-index\"\n"
                                   "[[tool.uv.index]]\nname = \"one\"\nurl = \"https://one/simple\"\n"
                                   "[[tool.uv.index]]\nname = \"two\"\nurl = \"https://two/simple\"\n"
                                   "explicit = true\n[tool.uv.sources]\nb = { index = \"two\" }\n"
                                   "multi = \"\"\"\nline\\\n   joined\"\"\"\n");
        QCOMPARE(QByteArray::fromStdString(d.at(path({"project", "name"}))->text), "demo");
        const TomlValue *deps = d.at(path({"project", "dependencies"}));
        QVERIFY(deps && deps->isArray());
        QCOMPARE(deps->array.size(), 2u);
        QCOMPARE(QByteArray::fromStdString(deps->array[0].text), "a>=1");
        QCOMPARE(deps->array[0].line, 5);
        const TomlValue *indexes = d.at(path({"tool", "uv", "index"}));
        QCOMPARE(indexes->array.size(), 2u);
        QCOMPARE(QByteArray::fromStdString(indexes->array[1].find("name")->text), "two");
        QVERIFY(indexes->array[1].find("explicit")->boolean);
        QCOMPARE(QByteArray::fromStdString(d.at(path({"tool", "uv", "sources", "b", "index"}))->text), "two");
        QCOMPARE(QByteArray::fromStdString(d.at(path({"tool", "uv", "sources", "multi"}))->text), "linejoined");
        QCOMPARE(d.root().table.front().first, std::string("project"));
    }

    void invalidTomlNamesLineAndColumn()
    {
        auto d = TomlDocument::parse("[project]\nname = \"x\"\nversion 1\n", QStringLiteral("/p/pyproject.toml"));
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::InvalidToml);
        QCOMPARE(d.error().file, QStringLiteral("/p/pyproject.toml"));
        QCOMPARE(d.error().line, 3);
        QVERIFY(d.error().column > 0);
        QVERIFY2(d.error().message.contains(QLatin1String("version 1")), qPrintable(d.error().message));
        QVERIFY(d.error().toString().startsWith(QLatin1String("/p/pyproject.toml:3:")));

        auto dup = TomlDocument::parse("a = 1\na = 2\n");
        QVERIFY(!dup);
        QCOMPARE(dup.error().line, 2);
    }

    void edits_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("op");
        QTest::addColumn<QByteArray>("expected");

        // --- appending to arrays, in each style
        QTest::newRow("append multi-line trailing comma")
            << QByteArray("[project]\ndependencies = [\n    \"a\",\n    \"b\",  # keep\n]\n") << "add-dep c"
            << QByteArray("[project]\ndependencies = [\n    \"a\",\n    \"b\",  # keep\n    \"c\",\n]\n");
        QTest::newRow("append multi-line no trailing comma, comment")
            << QByteArray("[project]\ndependencies = [\n  \"a\"  # why\n]\n") << "add-dep c"
            << QByteArray("[project]\ndependencies = [\n  \"a\",  # why\n  \"c\"\n]\n");
        QTest::newRow("append single line")
            << QByteArray("[project]\ndependencies = [\"a\", \"b\"]\n") << "add-dep c"
            << QByteArray("[project]\ndependencies = [\"a\", \"b\", \"c\"]\n");
        QTest::newRow("append single line, literal quotes")
            << QByteArray("[project]\ndependencies = ['a']\n") << "add-dep c"
            << QByteArray("[project]\ndependencies = ['a', 'c']\n");
        QTest::newRow("append to empty")
            << QByteArray("[project]\ndependencies = []\nname = \"x\"\n") << "add-dep c"
            << QByteArray("[project]\ndependencies = [\"c\"]\nname = \"x\"\n");
        QTest::newRow("append packed multi-line")
            << QByteArray("[project]\ndependencies = [\"a\",\n                \"b\"]\n") << "add-dep c"
            << QByteArray("[project]\ndependencies = [\"a\",\n                \"b\",\n                \"c\"]\n");
        QTest::newRow("create array uv style")
            << QByteArray("[project]\nname = \"x\"\n\n[tool.uv]\n") << "add-dep c"
            << QByteArray("[project]\nname = \"x\"\ndependencies = [\n    \"c\",\n]\n\n[tool.uv]\n");
        QTest::newRow("CRLF stays CRLF")
            << QByteArray("[project]\r\ndependencies = [\r\n    \"a\",\r\n]\r\n") << "add-dep c"
            << QByteArray("[project]\r\ndependencies = [\r\n    \"a\",\r\n    \"c\",\r\n]\r\n");
        QTest::newRow("no final newline stays so")
            << QByteArray("[project]\nname = \"x\"") << "add-dep c"
            << QByteArray("[project]\nname = \"x\"\ndependencies = [\n    \"c\",\n]");
        QTest::newRow("escapes in new string")
            << QByteArray("[project]\ndependencies = []\n") << "add-dep a\"b"
            << QByteArray("[project]\ndependencies = [\"a\\\"b\"]\n");

        // --- removing from arrays
        QTest::newRow("remove middle of multi-line")
            << QByteArray("[project]\ndependencies = [\n    \"a\",\n    \"b\", # note\n    \"c\",\n]\n") << "remove-dep 1"
            << QByteArray("[project]\ndependencies = [\n    \"a\",\n    \"c\",\n]\n");
        QTest::newRow("remove last without trailing comma")
            << QByteArray("[project]\ndependencies = [\n    \"a\",\n    \"b\"\n]\n") << "remove-dep 1"
            << QByteArray("[project]\ndependencies = [\n    \"a\",\n]\n");
        QTest::newRow("remove first of single line")
            << QByteArray("x = 1\n[project]\ndependencies = [\"a\", \"b\"]\n") << "remove-dep 0"
            << QByteArray("x = 1\n[project]\ndependencies = [\"b\"]\n");
        QTest::newRow("remove last of single line")
            << QByteArray("[project]\ndependencies = [\"a\", \"b\"]\n") << "remove-dep 1"
            << QByteArray("[project]\ndependencies = [\"a\"]\n");
        QTest::newRow("remove only")
            << QByteArray("[project]\ndependencies = [\"a\",]\n") << "remove-dep 0"
            << QByteArray("[project]\ndependencies = []\n");

        // --- settings
        QTest::newRow("replace keeps comment and quotes")
            << QByteArray("[tool.uv]\nindex-strategy = 'first-index'   # company policy\nx = 1\n") << "strategy"
            << QByteArray("[tool.uv]\nindex-strategy = 'unsafe-best-match'   # company policy\nx = 1\n");
        QTest::newRow("insert after last key of the block")
            << QByteArray("[tool.uv]\nx = 1\n\n[tool.other]\ny = 2\n") << "strategy"
            << QByteArray("[tool.uv]\nx = 1\nindex-strategy = \"unsafe-best-match\"\n\n[tool.other]\ny = 2\n");
        QTest::newRow("create [tool.uv] after related block")
            << QByteArray("[project]\nname = \"x\"\n\n[tool.ruff]\nline-length = 100\n\n[build-system]\nrequires = []\n") << "strategy"
            << QByteArray("[project]\nname = \"x\"\n\n[tool.ruff]\nline-length = 100\n\n[tool.uv]\nindex-strategy = \"unsafe-best-match\"\n\n[build-system]\nrequires = []\n");
        QTest::newRow("dotted keys under [tool] are extended")
            << QByteArray("[tool]\nuv.cache-dir = \"/c\"\nruff.x = 1\n") << "strategy"
            << QByteArray("[tool]\nuv.cache-dir = \"/c\"\nuv.index-strategy = \"unsafe-best-match\"\nruff.x = 1\n");
        QTest::newRow("inline table is extended")
            << QByteArray("tool = { uv = { cache-dir = \"/c\" } }\n") << "strategy"
            << QByteArray("tool = { uv = { cache-dir = \"/c\", index-strategy = \"unsafe-best-match\" } }\n");
        QTest::newRow("implicit table gets a header before its sub-tables")
            << QByteArray("[project]\nname = \"x\"\n\n[[tool.uv.index]]\nname = \"a\"\nurl = \"u\"\n") << "strategy"
            << QByteArray("[project]\nname = \"x\"\n\n[tool.uv]\nindex-strategy = \"unsafe-best-match\"\n\n[[tool.uv.index]]\nname = \"a\"\nurl = \"u\"\n");
        QTest::newRow("remove key line")
            << QByteArray("[tool.uv]\nindex-strategy = \"x\" # c\nother = 1\n") << "unset-strategy"
            << QByteArray("[tool.uv]\nother = 1\n");

        // --- arrays of tables
        QTest::newRow("new index after the last one")
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\nurl = \"https://a\"\n\n[tool.uv.sources]\nx = { index = \"a\" }\n") << "add-index"
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\nurl = \"https://a\"\n\n[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp/simple\"\n\n[tool.uv.sources]\nx = { index = \"a\" }\n");
        QTest::newRow("first index after [tool.uv]")
            << QByteArray("[project]\nname = \"x\"\n\n[tool.uv]\nx = 1\n\n[build-system]\nrequires = []\n") << "add-index"
            << QByteArray("[project]\nname = \"x\"\n\n[tool.uv]\nx = 1\n\n[[tool.uv.index]]\nname = \"corp\"\nurl = \"https://corp/simple\"\n\n[build-system]\nrequires = []\n");
        QTest::newRow("inline index array is extended")
            << QByteArray("[tool.uv]\nindex = [{ name = \"a\", url = \"https://a\" }]\n") << "add-index"
            << QByteArray("[tool.uv]\nindex = [{ name = \"a\", url = \"https://a\" }, { name = \"corp\", url = \"https://corp/simple\" }]\n");
        QTest::newRow("dotted [tool] gets an inline index array")
            << QByteArray("[tool]\nuv.cache-dir = \"/c\"\n") << "add-index"
            << QByteArray("[tool]\nuv.cache-dir = \"/c\"\nuv.index = [{ name = \"corp\", url = \"https://corp/simple\" }]\n");
        QTest::newRow("remove first index and its gap")
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\n\n# the corporate one\n[[tool.uv.index]]\nname = \"b\"\n") << "remove-index 0"
            << QByteArray("# the corporate one\n[[tool.uv.index]]\nname = \"b\"\n");
        QTest::newRow("remove last index with its comment")
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\n\n# the corporate one\n[[tool.uv.index]]\nname = \"b\"\n") << "remove-index 1"
            << QByteArray("[[tool.uv.index]]\nname = \"a\"\n");
        QTest::newRow("pin creates sources table")
            << QByteArray("[tool.uv]\nx = 1\n") << "pin"
            << QByteArray("[tool.uv]\nx = 1\n\n[tool.uv.sources]\nrequests = { index = \"corp\" }\n");
    }
    void edits()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, op);
        QFETCH(QByteArray, expected);
        const TomlDocument d = doc(input.constData());
        QCOMPARE(QByteArray::fromStdString(d.text()), input); // nothing changes on load
        const QStringList words = op.split(QLatin1Char(' '));
        Expected<TomlDocument> result;
        const TomlPath deps = path({"project", "dependencies"});
        if (words[0] == "add-dep")
            result = d.appendToArray(deps, TomlValue::string(words[1].toStdString()));
        else if (words[0] == "remove-dep")
            result = d.removeFromArray(deps, words[1].toUInt());
        else if (words[0] == "strategy")
            result = d.setValue(path({"tool", "uv"}), "index-strategy", TomlValue::string("unsafe-best-match"));
        else if (words[0] == "unset-strategy")
            result = d.removeKey(path({"tool", "uv"}), "index-strategy");
        else if (words[0] == "add-index")
            result = d.appendTable(path({"tool", "uv", "index"}),
                                   TomlValue::tableOf({{"name", TomlValue::string("corp")},
                                                       {"url", TomlValue::string("https://corp/simple")}}));
        else if (words[0] == "remove-index")
            result = d.removeFromArray(path({"tool", "uv", "index"}), words[1].toUInt());
        else if (words[0] == "pin")
            result = d.setValue(path({"tool", "uv", "sources"}), "requests",
                                TomlValue::tableOf({{"index", TomlValue::string("corp")}}));
        QCOMPARE(bytes(result), expected);
        QCOMPARE(QByteArray::fromStdString(d.text()), input); // the original is untouched
    }

    // Issue 18: toml11 3.7 refused a [table] defined after an array of tables below it ("table
    // already exists"), so such a pyproject.toml could not be opened. TOML 1.0 allows it.
    void tableAfterArrayOfTables()
    {
        const QByteArray text = "[project]\nname = \"demo\"\n\n"
                                "[[tool.uv.index]]\nname = \"one\"\nurl = \"https://one/simple\"\n\n"
                                "[[tool.uv.index]]\nname = \"two\"\nurl = \"https://two/simple\"\n\n"
                                "[tool.uv]\nindex-strategy = \"first-index\"\n";
        const TomlDocument d = doc(text.constData());
        QCOMPARE(QByteArray::fromStdString(d.text()), text);
        QCOMPARE(d.at(path({"tool", "uv", "index"}))->array.size(), 2u);
        QCOMPARE(QByteArray::fromStdString(d.at(path({"tool", "uv", "index-strategy"}))->text), "first-index");

        // Edits of such a file change only what they edit, and the result reads back.
        QCOMPARE(bytes(d.setValue(path({"tool", "uv"}), "index-strategy", TomlValue::string("unsafe-best-match"))),
                 QByteArray(text).replace("first-index", "unsafe-best-match"));
        QCOMPARE(bytes(d.setValue(path({"tool", "uv"}), "offline", TomlValue::booleanValue(true))),
                 QByteArray(text + "offline = true\n"));
        QCOMPARE(bytes(d.appendTable(path({"tool", "uv", "index"}),
                                     TomlValue::tableOf({{"name", TomlValue::string("three")},
                                                         {"url", TomlValue::string("https://three/simple")}}))),
                 QByteArray(text).replace("two/simple\"\n",
                                          "two/simple\"\n\n[[tool.uv.index]]\nname = \"three\"\n"
                                          "url = \"https://three/simple\"\n"));
        QCOMPARE(bytes(d.removeFromArray(path({"tool", "uv", "index"}), 0)),
                 QByteArray(text).replace("[[tool.uv.index]]\nname = \"one\"\nurl = \"https://one/simple\"\n\n", ""));
        const auto moved = d.moveInArray(path({"tool", "uv", "index"}), 1, 0);
        QVERIFY2(moved, qPrintable(moved ? QString() : moved.error().toString()));
        QCOMPARE(QByteArray::fromStdString(moved->at(path({"tool", "uv", "index", std::size_t(0), "name"}))->text), "two");
        QCOMPARE(QByteArray::fromStdString(moved->at(path({"tool", "uv", "index-strategy"}))->text), "first-index");
        QCOMPARE(bytes(d.removeKey(path({"tool", "uv"}), "index-strategy")),
                 QByteArray(text).replace("index-strategy = \"first-index\"\n", ""));

        // Defining it a second time is still refused, at the second header.
        auto twice = TomlDocument::parse(QByteArray(text + "[tool.uv]\n").toStdString(), QStringLiteral("pyproject.toml"));
        QVERIFY(!twice);
        QCOMPARE(twice.error().line, 14);
    }

    // Issue 18: arrays or inline tables nested about 7,000 deep (a 14 KB file) ended the process
    // with a stack overflow in toml11's recursive parser. Now refused with the file, line and
    // column of the first bracket too deep.
    void deepNestingIsRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("column");
        QTest::newRow("arrays") << QByteArray("[project]\ndependencies = " + QByteArray(7000, '[') + QByteArray(7000, ']') + "\n")
                                << 16 + 256;
        QByteArray inlineTables = "[project]\nx = ";
        for (int i = 0; i < 7000; ++i)
            inlineTables += "{a=";
        inlineTables += QByteArray("1" + QByteArray(7000, '}') + "\n");
        QTest::newRow("inline tables") << inlineTables << 5 + 256 * 3;
        QTest::newRow("arrays of inline tables") << QByteArray("[project]\nx = " + QByteArray("[{a=").repeated(3500) + "1"
                                                          + QByteArray("}]").repeated(3500) + "\n")
                                                   << 5 + 256 * 2;
    }

    void deepNestingIsRefused()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, column);
        const auto d = TomlDocument::parse(text.toStdString(), QStringLiteral("/p/pyproject.toml"));
        QVERIFY(!d);
        QCOMPARE(d.error().code, ErrorCode::InvalidToml);
        QCOMPARE(d.error().file, QStringLiteral("/p/pyproject.toml"));
        QCOMPARE(d.error().line, 2);
        QCOMPARE(d.error().column, column);
        QVERIFY2(d.error().message.contains(QLatin1String("256")), qPrintable(d.error().message));
        QVERIFY2(d.error().message.size() < 300, qPrintable(d.error().message)); // not the whole line

        // 256 levels are still read.
        const QByteArray deepest = QByteArray("x = " + QByteArray(256, '[') + QByteArray(256, ']') + "\n");
        const auto ok = TomlDocument::parse(deepest.toStdString());
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        // Keys as deep as that are refused as well: a[.a]... makes tables just as nested.
        const QByteArray dotted = QByteArray("[project]\n" + QByteArray("a.").repeated(7000) + "a = 1\n");
        const auto deepKey = TomlDocument::parse(dotted.toStdString(), QStringLiteral("/p/pyproject.toml"));
        QVERIFY(!deepKey);
        QCOMPARE(deepKey.error().line, 2);
        const QByteArray header = QByteArray("[" + QByteArray("a.").repeated(7000) + "a]\n");
        QVERIFY(!TomlDocument::parse(header.toStdString()));
    }

    // Found by fuzz_toml: an inline table whose last entry is a dotted key ({ a.b = 1 }) has a
    // member without a place of its own; adding or removing a key next to it threw
    // std::out_of_range out of TomlDocument.
    void editsNextToDottedKeysInInlineTables()
    {
        const TomlDocument d = doc("x = { a.b = 1 }\ny = {a.b = 1, c = 2}\n");
        QCOMPARE(bytes(d.setValue(path({"x"}), "k", TomlValue::integerValue(7))),
                 QByteArray("x = { a.b = 1, k = 7 }\ny = {a.b = 1, c = 2}\n"));
        QCOMPARE(bytes(d.removeKey(path({"y"}), "c")), QByteArray("x = { a.b = 1 }\ny = {a.b = 1}\n"));
        const auto refused = d.setValue(path({"x", "a"}), "c", TomlValue::integerValue(1));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::EditFailed);
    }

    // Found by fuzz_toml: with [[tool]] an array of tables, a new [[tool.uv.index]] block lands
    // in tool's last element, not at tool.uv.index; the edit said it succeeded.
    void appendedTableMustLandWhereAsked()
    {
        const TomlDocument d = doc("[[tool]]\nk = 1\n");
        const auto r = d.appendTable(path({"tool", "uv", "index"}),
                                     TomlValue::tableOf({{"name", TomlValue::string("corp")}}));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::EditFailed);
    }

    void failedEditLeavesDocument()
    {
        const TomlDocument d = doc("[project]\nname = \"x\"\n");
        auto r = d.setValue(path({"project", "name"}), "sub", TomlValue::string("y"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, ErrorCode::EditFailed);
        QCOMPARE(QByteArray::fromStdString(d.text()), QByteArray("[project]\nname = \"x\"\n"));
    }
};

QTEST_GUILESS_MAIN(TestTomlDocument)
#include "tst_tomldocument.moc"
