#pragma once

#include "core/jobs/indexjobs.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLineEdit;
class QStringListModel;
class QTimer;

namespace Envdesk::Ui {

/**
 * Completion for a requirement typed into a line edit, from the indexes: while a bare name is
 * typed, the names of the indexes' root listings (a ProjectNamesJob, asked once); once the
 * name is followed by more, the versions the indexes have for it (a ProjectFilesJob, asked when
 * typing pauses; yanked ones left out), newest first. Both run off the GUI thread. `indexes`
 * says which indexes to ask (the project's, or an index URL); nullopt: nothing is asked.
 */
class RequirementAssist : public QObject
{
    Q_OBJECT

public:
    using IndexChoice = std::function<std::optional<Envdesk::Core::IndexLookupRequest>()>;

    RequirementAssist(QLineEdit *edit, IndexChoice indexes, QObject *parent = nullptr);
    ~RequirementAssist() override; ///< cancels the look-ups that run

    /** Forgets the names and versions (the indexes changed). */
    void reset();

Q_SIGNALS:
    void namesShown(int count);
    /** `newest` is empty when the indexes have no version of `package`. */
    void versionsShown(const QString &package, int count, const QString &newest);

private:
    void textChanged();
    void fetchNames();
    void fetchVersions();
    void chooseCompletions();

    QLineEdit *m_edit;
    IndexChoice m_indexes;
    QStringListModel *m_model = nullptr;
    QTimer *m_timer = nullptr;
    QStringList m_names;
    QStringList m_versionOffers;
    QString m_versionsFor;
    bool m_namesAsked = false;
    std::unique_ptr<Envdesk::Core::ProjectNamesJob> m_namesJob;
    std::unique_ptr<Envdesk::Core::ProjectFilesJob> m_versionJob;
};

} // namespace Envdesk::Ui
