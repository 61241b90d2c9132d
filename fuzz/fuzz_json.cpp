// JsonReader (core/index/jsonreader.h) on anything: no crash, no read past the input, and the
// same verdict as Qt's parser, which read the simple API's pages before it, for every document
// that is an object or an array (Qt's only kind) and nested no deeper than the reader allows.
#include "core/index/jsonreader.h"

#include <QByteArray>
#include <QJsonDocument>

#include <cstdlib>
#include <cstring>
#include <string>

using Envdesk::Core::JsonReader;

namespace {

bool walk(JsonReader &json)
{
    std::string text;
    double number = 0;
    bool flag = false;
    switch (json.peek()) {
    case JsonReader::Type::Object:
        json.enterObject();
        while (json.nextMember(&text)) {
            if (!walk(json))
                return false;
        }
        return !json.failed();
    case JsonReader::Type::Array:
        json.enterArray();
        while (json.nextElement()) {
            if (!walk(json))
                return false;
        }
        return !json.failed();
    case JsonReader::Type::String:
        return json.readString(&text);
    case JsonReader::Type::Number:
        return json.readNumber(&number);
    case JsonReader::Type::Bool:
        return json.readBool(&flag);
    case JsonReader::Type::Null:
        return json.readNull();
    case JsonReader::Type::Invalid:
        break;
    }
    return json.passOver();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::string_view input(reinterpret_cast<const char *>(data), size);
    JsonReader json(input);
    const JsonReader::Type top = json.peek();
    const bool container = top == JsonReader::Type::Object || top == JsonReader::Type::Array;
    const bool ours = walk(json) && json.finish();
    if (!ours && (json.error() == nullptr || json.errorOffset() > size))
        std::abort();
    // The same walk through passOver() alone agrees with the typed walk.
    JsonReader again(input);
    if ((again.passOver() && again.finish()) != ours)
        std::abort();
    if (!container || (json.error() && std::strstr(json.error(), "nested too deeply")))
        return 0;
    QJsonParseError error;
    QJsonDocument::fromJson(QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)), &error);
    if ((error.error == QJsonParseError::NoError) != ours)
        std::abort();
    return 0;
}
