#pragma once

// What indexclient.cpp (index selection, pages, credentials) and indexdownloads.cpp (downloads
// and core metadata) share. Internal to index/.

#include "../error.h"

namespace Envdesk::Core::IndexDetail {

inline Error indexError(ErrorCode code, const QString &message, const QString &hint = {})
{
    Error e;
    e.code = code;
    e.message = message;
    e.hint = hint;
    return e;
}

} // namespace Envdesk::Core::IndexDetail
