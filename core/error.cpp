#include "error.h"

namespace Envdesk::Core {

QString Error::toString() const
{
    QString where;
    if (!file.isEmpty()) {
        where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (column > 0)
            where += QLatin1Char(':') + QString::number(column);
        where += QLatin1String(": ");
    }
    QString text = where + message;
    if (!hint.isEmpty())
        text += QLatin1String(" (") + hint + QLatin1Char(')');
    return text;
}

Error Error::at(const QString &fileName, int lineNumber) const
{
    Error located = *this;
    located.file = fileName;
    located.line = lineNumber;
    return located;
}

} // namespace Envdesk::Core
