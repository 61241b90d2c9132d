#pragma once

// Deterministic generators of PEP 440 version and specifier strings for the differential tests:
// mostly valid spellings, reaching the odd corners (epochs, implicit post releases, alternative
// spellings, separators, local labels), plus a share of near-misses that must be rejected.

#include <random>
#include <string>
#include <vector>

namespace TestSupport {

class PepGenerator
{
public:
    explicit PepGenerator(unsigned seed)
        : m_rng(seed)
    {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }
    bool chance(int percent) { return pick(100) < percent; }

    template<typename T>
    const T &oneOf(const std::vector<T> &items)
    {
        return items[std::size_t(pick(int(items.size())))];
    }

    std::string number()
    {
        static const std::vector<std::string> numbers = {"0", "1", "2", "3", "5", "9", "10",
                                                         "01", "00", "11", "100", "2024"};
        return oneOf(numbers);
    }

    std::string separator()
    {
        static const std::vector<std::string> seps = {"", "", "", ".", "-", "_"};
        return oneOf(seps);
    }

    std::string release(int maxParts = 4)
    {
        std::string out = number();
        const int parts = pick(maxParts);
        for (int i = 0; i < parts; ++i)
            out += "." + number();
        return out;
    }

    /** A version string; valid unless `allowInvalid` and the dice say otherwise. */
    std::string version(bool allowInvalid = true, bool allowLocal = true)
    {
        std::string out;
        if (chance(5))
            out += chance(50) ? "v" : "V";
        if (chance(8))
            out += oneOf(std::vector<std::string>{"0!", "1!", "2!", "01!"});
        out += release();
        if (chance(30)) {
            static const std::vector<std::string> letters = {
                "a", "b", "c", "rc", "alpha", "beta", "pre", "preview", "A", "RC", "Alpha", "Beta"};
            out += separator() + oneOf(letters);
            if (chance(80))
                out += separator() + number();
        }
        if (chance(25)) {
            if (chance(30)) {
                out += "-" + number();
            } else {
                static const std::vector<std::string> words = {"post", "rev", "r", "POST", "Post"};
                out += separator() + oneOf(words);
                if (chance(80))
                    out += separator() + number();
            }
        }
        if (chance(20)) {
            out += separator() + (chance(90) ? "dev" : "DEV");
            if (chance(80))
                out += separator() + number();
        }
        if (allowLocal && chance(15)) {
            static const std::vector<std::string> segs = {"ubuntu", "1", "01", "abc",
                                                          "deadbeef", "ABC", "2", "cpu", "0"};
            out += "+" + oneOf(segs);
            const int more = pick(3);
            for (int i = 0; i < more; ++i)
                out += oneOf(std::vector<std::string>{".", "-", "_"}) + oneOf(segs);
        }
        if (chance(3))
            out = " " + out + oneOf(std::vector<std::string>{" ", "\t", ""});
        if (allowInvalid && chance(12)) {
            static const std::vector<std::string> junk = {"x",  ".", "-", "+", "..", "*", ".*",
                                                          "!",  "a1b", " 1", "+a..b", "_", "+-"};
            const std::string &j = oneOf(junk);
            const int where = pick(3);
            if (where == 0)
                out += j;
            else if (where == 1)
                out = j + out;
            else
                out.insert(std::size_t(pick(int(out.size()) + 1)), j);
        }
        return out;
    }

    std::string specifier(bool allowInvalid = true)
    {
        static const std::vector<std::string> ops = {"==", "!=", "<=", ">=", "<", ">", "~=", "==="};
        const std::string op = oneOf(ops);
        std::string v;
        const bool eq = op == "==" || op == "!=";
        if (op == "===" && chance(20)) {
            v = oneOf(std::vector<std::string>{"foo", "1.0-legacy", "", "1.0"});
        } else if (eq && chance(30)) {
            v = (chance(10) ? std::string("1!") : std::string()) + release(3) + ".*";
        } else {
            v = version(allowInvalid, eq || (allowInvalid && chance(10)));
        }
        std::string space = chance(15) ? " " : "";
        return (chance(5) ? " " : "") + op + space + v + (chance(5) ? " " : "");
    }

    std::string specifierSet(bool allowInvalid = true)
    {
        const int n = 1 + pick(3);
        std::string out;
        for (int i = 0; i < n; ++i) {
            if (i)
                out += chance(20) ? ", " : ",";
            out += specifier(allowInvalid);
        }
        return out;
    }

private:
    std::mt19937 m_rng;
};

} // namespace TestSupport
