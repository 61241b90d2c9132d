#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QTranslator>

namespace Envdesk::Ui {

/**
 * The core's messages (errors, hints, what the CLI's commands print) in another language, looked
 * up by their English text alone.
 *
 * The core names its translation context in small helpers (`tr()` in each file calls
 * QCoreApplication::translate with that module's context), which lupdate cannot follow: the .ts
 * files it makes for core/ carry other contexts. So this translator reads a Qt Linguist .ts file
 * and answers by source text, whatever the context; docs/workarounds.md.
 */
class SourceTextTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    /** Reads `tsFile` (a Qt Linguist XML file, also from resources); false when it cannot. */
    bool loadTs(const QString &tsFile, const QString &language);

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return m_texts.isEmpty(); }
    int size() const { return int(m_texts.size()); }

private:
    QHash<QString, QStringList> m_texts; ///< source -> translation (numerus: its forms)
    QString m_language;
};

} // namespace Envdesk::Ui
