#include "core/index/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

using namespace Envdesk::Core;

namespace {

// Reads any document (an object or an array at the top, as QJsonDocument wants) into Qt's
// values, through the reader alone: what the reader saw, to compare with what Qt's parser sees.
bool readValue(JsonReader &json, QJsonValue *out)
{
    std::string text;
    switch (json.peek()) {
    case JsonReader::Type::Object: {
        QJsonObject object;
        std::string key;
        json.enterObject();
        while (json.nextMember(&key)) {
            QJsonValue value;
            if (!readValue(json, &value))
                return false;
            object.insert(QString::fromStdString(key), value);
        }
        *out = object;
        return !json.failed();
    }
    case JsonReader::Type::Array: {
        QJsonArray array;
        json.enterArray();
        while (json.nextElement()) {
            QJsonValue value;
            if (!readValue(json, &value))
                return false;
            array.append(value);
        }
        *out = array;
        return !json.failed();
    }
    case JsonReader::Type::String:
        if (!json.readString(&text))
            return false;
        *out = QString::fromStdString(text);
        return true;
    case JsonReader::Type::Number: {
        double number = 0;
        if (!json.readNumber(&number))
            return false;
        *out = number;
        return true;
    }
    case JsonReader::Type::Bool: {
        bool flag = false;
        if (!json.readBool(&flag))
            return false;
        *out = flag;
        return true;
    }
    case JsonReader::Type::Null:
        *out = QJsonValue(QJsonValue::Null);
        return json.readNull();
    case JsonReader::Type::Invalid:
        break;
    }
    return json.passOver();
}

std::optional<QJsonDocument> readDocument(const QByteArray &text, JsonReader *json)
{
    const JsonReader::Type top = json->peek();
    if (top != JsonReader::Type::Object && top != JsonReader::Type::Array) {
        json->enterArray(); // the error: an array (or object) was expected
        return std::nullopt;
    }
    QJsonValue value;
    if (!readValue(*json, &value) || !json->finish())
        return std::nullopt;
    Q_UNUSED(text);
    return value.isObject() ? QJsonDocument(value.toObject()) : QJsonDocument(value.toArray());
}

// Both parsers must agree: the same verdict, and the same values when both accept.
void compareWithQt(const QByteArray &text)
{
    JsonReader json(std::string_view(text.constData(), std::size_t(text.size())));
    const std::optional<QJsonDocument> ours = readDocument(text, &json);
    QJsonParseError qtError;
    const QJsonDocument qt = QJsonDocument::fromJson(text, &qtError);
    const bool qtAccepts = qtError.error == QJsonParseError::NoError;
    const QByteArray verdict = QByteArray("input ") + text.toPercentEncoding(" {}[]:,\"") + ": reader "
                               + (ours ? "accepts" : "refuses") + " (" + (json.error() ? json.error() : "")
                               + " at byte " + QByteArray::number(qulonglong(json.errorOffset()))
                               + "), Qt " + (qtAccepts ? "accepts" : "refuses") + " ("
                               + qtError.errorString().toUtf8() + ")";
    QVERIFY2(ours.has_value() == qtAccepts, verdict.constData());
    if (ours)
        QCOMPARE(*ours, qt);
}

const char *const validDocuments[] = {
    "{}",
    "[]",
    " \t\r\n{ \"a\" : 1 } \n",
    "{\"name\":\"demo\",\"meta\":{\"api-version\":\"1.1\"},\"files\":[{\"filename\":\"demo-1.0.tar.gz\","
    "\"url\":\"../../f/demo-1.0.tar.gz#sha256=AB\",\"hashes\":{\"sha256\":\"ab\"},\"yanked\":false,"
    "\"core-metadata\":{\"sha256\":\"cd\"},\"size\":123,\"upload-time\":\"2024-01-02T03:04:05.678Z\"}],"
    "\"versions\":[\"1.0\"]}",
    "[1, -1, 0, -0, 1.5, -2.25e3, 1E-2, 123456789012345, 0.1e+2]",
    "[true, false, null, [], {}, [[]], {\"x\":{\"y\":[null]}}]",
    "[\"\", \"a\\\"b\", \"\\\\\", \"\\/\", \"\\b\\f\\n\\r\\t\", \"\\u0041\\u00e9\\u4e2d\", \"\\ud83d\\ude00\"]",
    "[\"caf\xc3\xa9\", \"\xe4\xb8\xad\xe6\x96\x87\", \"\xf0\x9f\x98\x80\"]",
    "{\"dup\":1,\"dup\":2}",
    "{\"\":\"empty key\"}",
    "[\"lenient \\g escape\"]",
    "[\"lenient \\\xad escape of a lone byte\"]",
    "[1., .5, -.5, 1.e3]",
    "[\"raw\ttab\"]",
    "[123456789012345678901234567890]",
};

const char *const invalidDocuments[] = {
    "",
    "   ",
    "{",
    "{\"files\": [",
    "[1,]",
    "{\"a\":1,}",
    "[,1]",
    "{,}",
    "[1 2]",
    "{\"a\" 1}",
    "{\"a\":}",
    "{1:2}",
    "[01]",
    "[-]",
    "[1e]",
    "[+1]",
    "[tru]",
    "[nul]",
    "[True]",
    "[\"unterminated]",
    "[\"\\u12\"]",
    "[\"\\uZZZZ\"]",
    "[\"\xc3\"]",
    "[\"\xc0\xaf\"]",
    "[\"\xed\xa0\x80\"]",
    "[\"\xf5\x80\x80\x80\"]",
    "{} {}",
    "[] x",
    "[1]]",
    "[1e400]",
    "[-1e400]",
    "[1e-400]",
    "[.]",
    "[-.]",
    "[.e1]",
};

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWhatQtReads()
    {
        for (const char *text : validDocuments) {
            compareWithQt(QByteArray(text));
            JsonReader json(text);
            QVERIFY2(readDocument(QByteArray(text), &json).has_value(), text);
        }
    }

    void refusesWhatQtRefuses()
    {
        for (const char *text : invalidDocuments) {
            compareWithQt(QByteArray(text));
            JsonReader json(text);
            QVERIFY2(!readDocument(QByteArray(text), &json).has_value(), text);
            QVERIFY2(json.error() != nullptr, text);
        }
    }

    void errorsSayWhereAndWhat()
    {
        JsonReader json("{\"files\": [1, 2,, 3]}");
        QVERIFY(!readDocument(QByteArray(), &json));
        QCOMPARE(json.errorOffset(), std::size_t(16));
        QCOMPARE(QByteArray(json.error()), QByteArray("a value was expected"));

        JsonReader truncated("[\"abc");
        QVERIFY(!readDocument(QByteArray(), &truncated));
        QCOMPARE(QByteArray(truncated.error()), QByteArray("a string is not closed"));
    }

    void loneSurrogatesReadAsReplacementCharacters()
    {
        // Qt's parser accepts a surrogate escape without its other half; so does the reader,
        // which gives "?" for it, as Qt's string did once turned into UTF-8.
        for (const char *text : {"[\"\\ud83d\"]", "[\"\\ude00x\"]", "[\"\\ud83d\\u0041\"]",
                                 "[\"\\ud83d\\ud83d\\ude00\"]"}) {
            QJsonParseError error;
            const QJsonDocument qt = QJsonDocument::fromJson(text, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, text);
            JsonReader json(text);
            std::string value;
            QVERIFY(json.enterArray() && json.nextElement() && json.readString(&value));
            QCOMPARE(QByteArray::fromStdString(value), qt.array().at(0).toString().toUtf8());
        }
    }

    void deepNestingIsRefusedNotFollowed()
    {
        // A hostile page nested a million levels deep must not exhaust the stack.
        const QByteArray deep = QByteArray(1000000, '[') + QByteArray(1000000, ']');
        JsonReader json(std::string_view(deep.constData(), std::size_t(deep.size())));
        QVERIFY(!json.passOver());
        QCOMPARE(QByteArray(json.error()), QByteArray("objects and arrays are nested too deeply"));
        const QByteArray fine = QByteArray(200, '[') + QByteArray(200, ']');
        JsonReader shallow(std::string_view(fine.constData(), std::size_t(fine.size())));
        QVERIFY(shallow.passOver() && shallow.finish());
    }

    void mutatedPagesGetTheSameVerdictAsQt()
    {
        // Random edits of a real-shaped page: inserted, deleted and replaced structural bytes.
        const QByteArray page = validDocuments[3];
        const QByteArray alphabet = "{}[]:,\"\\ 0123456789.-+eEtrufalsn\t\xc3\xa9";
        QRandomGenerator random(20261203);
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = page;
            const int edits = 1 + int(random.bounded(3));
            for (int e = 0; e < edits; ++e) {
                const int at = int(random.bounded(text.size() + 1));
                const char c = alphabet[int(random.bounded(alphabet.size()))];
                switch (random.bounded(3)) {
                case 0:
                    text.insert(at, c);
                    break;
                case 1:
                    if (at < text.size())
                        text.remove(at, 1);
                    break;
                default:
                    if (at < text.size())
                        text[at] = c;
                    break;
                }
            }
            compareWithQt(text);
            if (QTest::currentTestFailed())
                return;
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
