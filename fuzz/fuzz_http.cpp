// HttpResponseParser (core/net/httpresponseparser.h) on anything a server could send: no crash,
// no read past the input, and the same answer however the bytes are cut into pieces (the network
// cuts them anywhere): the same kind of ending and status, and for a complete response the same
// body, decoded from gzip or not. (A refused response's body is thrown away by its caller, and
// how much of it was handed out before the refusal depends on the pieces.) The first byte
// chooses whether gzip is asked for and how the second run cuts the rest.
#include "core/net/httpresponseparser.h"

#include <QByteArray>

#include <cstdlib>

using Envdesk::Core::HttpResponseParser;

namespace {

struct Answer
{
    HttpResponseParser::Step last = HttpResponseParser::Step::More;
    int status = 0;
    QByteArray body;
};

// Reads until the parser wants more; true when the response ended (End or Failed).
bool drain(HttpResponseParser &parser, Answer &answer)
{
    for (;;) {
        const HttpResponseParser::Step step = parser.next();
        switch (step) {
        case HttpResponseParser::Step::More:
            return false;
        case HttpResponseParser::Step::Head:
            answer.status = parser.status();
            break;
        case HttpResponseParser::Step::Body:
            if (parser.body().isEmpty())
                std::abort(); // a piece is never empty
            answer.body.append(parser.body());
            break;
        case HttpResponseParser::Step::End:
        case HttpResponseParser::Step::Failed:
            answer.last = step;
            return true;
        }
    }
}

Answer read(QByteArrayView input, bool gzip, unsigned cut)
{
    HttpResponseParser parser(gzip);
    Answer answer;
    qsizetype at = 0;
    unsigned state = cut;
    while (at < input.size()) {
        // Pieces of 1 to 64 bytes from a small generator, or everything at once when cut is 0.
        qsizetype piece = input.size() - at;
        if (cut != 0) {
            state = state * 1103515245u + 12345u;
            piece = std::min<qsizetype>(piece, 1 + (state >> 16) % 64);
        }
        parser.append(input.sliced(at, piece));
        at += piece;
        if (drain(parser, answer))
            return answer;
    }
    const HttpResponseParser::Step step = parser.closed();
    if (step == HttpResponseParser::Step::End || step == HttpResponseParser::Step::Failed)
        answer.last = step;
    return answer;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool gzip = data[0] & 1;
    const unsigned cut = 1 + data[0];
    const QByteArrayView input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const Answer whole = read(input, gzip, 0);
    const Answer pieces = read(input, gzip, cut);
    if (whole.last != pieces.last || whole.status != pieces.status)
        std::abort();
    if (whole.last == HttpResponseParser::Step::End && whole.body != pieces.body)
        std::abort();
    return 0;
}
