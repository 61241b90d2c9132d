#include "coretranslator.h"

#include <QFile>
#include <QXmlStreamReader>

namespace Envdesk::Ui {

bool SourceTextTranslator::loadTs(const QString &tsFile, const QString &language)
{
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    m_language = language;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished")) {
                xml.skipCurrentElement();
                continue;
            }
            QStringList forms;
            QString text;
            // Either plain text or <numerusform> children.
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::Characters)
                    text += xml.text();
                else if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("numerusform"))
                    forms << xml.readElementText();
                else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (forms.isEmpty())
                forms << text;
            if (!source.isEmpty() && !forms.first().isEmpty())
                m_texts.insert(source, forms);
        }
    }
    if (xml.hasError())
        qWarning("%s: %s at line %lld", qPrintable(tsFile), qPrintable(xml.errorString()), xml.lineNumber());
    return !xml.hasError() && !m_texts.isEmpty();
}

QString SourceTextTranslator::translate(const char *, const char *sourceText, const char *, int n) const
{
    if (!sourceText)
        return {};
    const auto it = m_texts.constFind(QString::fromUtf8(sourceText));
    if (it == m_texts.cend())
        return {};
    const QStringList &forms = *it;
    if (forms.size() == 1 || n < 0)
        return forms.first();
    // German: one is singular; French: zero and one are.
    const bool singular = m_language == QLatin1String("fr") ? n <= 1 : n == 1;
    return singular ? forms.at(0) : forms.at(std::min<qsizetype>(1, forms.size() - 1));
}

} // namespace Envdesk::Ui
