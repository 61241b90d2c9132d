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

namespace TestSupport {

/** Markers and requirements built from PepGenerator's pieces. */
class Pep508Generator : public PepGenerator
{
public:
    using PepGenerator::PepGenerator;

    std::string markerValue()
    {
        static const std::vector<std::string> values = {
            "3.8", "3.12", "3.13.0rc1", "3", "2.7.18", "3.7.16+", "3.11.7", "3.10", "4", "3.9.0b1",
            "linux", "win32", "darwin", "Linux", "Windows", "x86_64", "aarch64", "AMD64", "6.1.0-13-amd64",
            "5.15.0-1051-azure", "cpython", "CPython", "PyPy", "pypy", "posix", "nt", "Foo_Bar", "foo-bar",
            "FOO.BAR", "test", "dev", "", "lin", "1.0+local", "3.*", "3.12.*"};
        return oneOf(values);
    }

    std::string markerVariable()
    {
        static const std::vector<std::string> vars = {
            "python_version", "python_full_version", "os_name", "os.name", "sys_platform", "sys.platform",
            "platform_release", "platform_system", "platform_version", "platform.version", "platform_machine",
            "platform.machine", "platform_python_implementation", "platform.python_implementation",
            "python_implementation", "implementation_name", "implementation_version", "extra", "extra"};
        return oneOf(vars);
    }

    std::string quoted(const std::string &value) { return chance(50) ? "\"" + value + "\"" : "'" + value + "'"; }

    std::string markerItem()
    {
        static const std::vector<std::string> ops = {"==", "!=", "<", "<=", ">", ">=", "~=", "===", "in", "not in"};
        const std::string space = chance(80) ? " " : "";
        if (chance(70)) {
            // Well-typed items, as real projects write them.
            if (chance(50)) {
                static const std::vector<std::string> versionVars = {"python_version", "python_full_version",
                                                                     "implementation_version"};
                static const std::vector<std::string> versionOps = {"==", "!=", "<", "<=", ">", ">=", "~=", "==="};
                static const std::vector<std::string> versions = {"3.8", "3.12", "3.13.0rc1", "3", "2.7", "3.7.16",
                                                                  "3.10.*", "3.11", "4.0", "3.9.0b1", "3.12.1"};
                std::string item = oneOf(versionVars) + space + oneOf(versionOps) + space + quoted(oneOf(versions));
                return item;
            }
            static const std::vector<std::string> stringVars = {"sys_platform", "os_name", "platform_system",
                                                                "platform_machine", "implementation_name",
                                                                "platform_python_implementation", "extra"};
            static const std::vector<std::string> stringOps = {"==", "!=", "in", "not in"};
            return oneOf(stringVars) + space + oneOf(stringOps) + space + quoted(markerValue());
        }
        const std::string op = oneOf(ops);
        const std::string ws = chance(70) ? " " : "";
        const std::string var = markerVariable();
        const std::string val = quoted(markerValue());
        if (chance(15))
            return val + ws + op + ws + var; // reversed operands
        if (chance(2))
            return var + ws + op + ws + markerVariable(); // two variables: packaging compares the name
        return var + ws + op + ws + val;
    }

    std::string marker(int depth = 0)
    {
        std::string out = (depth < 2 && chance(15)) ? "(" + marker(depth + 1) + ")" : markerItem();
        const int more = pick(3);
        for (int i = 0; i < more; ++i) {
            out += chance(50) ? " and " : " or ";
            out += (depth < 2 && chance(15)) ? "(" + marker(depth + 1) + ")" : markerItem();
        }
        return out;
    }

    std::string requirementName()
    {
        static const std::vector<std::string> names = {"requests", "Django", "zope.interface", "ruamel_yaml",
                                                       "typing-extensions", "A", "a1", "pkg.name-x_y", "NumPy"};
        return oneOf(names);
    }

    std::string requirement(bool allowInvalid = true)
    {
        std::string out = chance(5) ? " " : "";
        out += requirementName();
        if (chance(25)) {
            static const std::vector<std::string> extras = {"test", "Dev", "socks", "a_b", "x.y"};
            out += chance(50) ? "[" : " [";
            out += oneOf(extras);
            if (chance(40))
                out += (chance(50) ? ", " : ",") + oneOf(extras);
            out += "]";
        }
        if (chance(15)) {
            out += chance(50) ? " @ " : "@ ";
            static const std::vector<std::string> urls = {"https://example.com/pkg-1.0-py3-none-any.whl",
                                                          "git+https://github.com/o/r.git@v1", "file:///tmp/pkg.tar.gz",
                                                          "file:/tmp/pkg.tar.gz", "pkg.whl", "https://h/p#egg=x"};
            out += oneOf(urls);
            if (chance(40))
                out += (chance(80) ? " ; " : "; ") + marker();
        } else {
            if (chance(70)) {
                const bool paren = chance(20);
                out += paren ? " (" : (chance(50) ? " " : "");
                out += specifierSet(false);
                out += paren ? ")" : "";
            }
            if (chance(35))
                out += (chance(50) ? " ; " : ";") + marker();
        }
        if (allowInvalid && chance(8)) {
            static const std::vector<std::string> junk = {" garbage", "[", " ;", ")", "@", " ==", "!", ",,"};
            out += oneOf(junk);
        }
        return out;
    }
};

} // namespace TestSupport
