#pragma once

// What a test needs from the machine. scripts/test (and so CI) installs and starts all of it:
// nginx, tinyproxy, openssl, a Secret Service, python3 with packaging. There it sets
// ENVDESK_TEST_COMPLETE=1, and a missing piece fails the test instead of skipping it, so a skip
// can never pass for a test in CI. Elsewhere (a bare ctest on a developer's machine) the test
// skips and says what is missing.

#include <QString>
#include <QTest>

#define ENVDESK_NEEDS(what)                                                                                            \
    do {                                                                                                               \
        if (qEnvironmentVariableIsSet("ENVDESK_TEST_COMPLETE"))                                                        \
            QFAIL(qPrintable(QStringLiteral("scripts/test provides this, but it is missing: ") + QString(what)));       \
        QSKIP(qPrintable(QString(what)));                                                                              \
    } while (false)
