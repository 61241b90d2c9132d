#pragma once

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QLineEdit;
class QStringListModel;
class QTimer;

namespace Envdesk::Core {
class CommandJob;
}

namespace Envdesk::Ui {

/**
 * Completion for a requirement typed into a line edit, from the indexes: while a bare name is
 * typed, the names of the indexes' root listings (`index list-projects`, asked once); once the
 * name is followed by more, the versions the indexes have for it (`index list-files`, asked when
 * typing pauses; yanked ones left out), newest first. Both run off the GUI thread. `indexArgs`
 * gives the envdesk-cli options that select the indexes ({"--project", DIR}, or an --index-url);
 * empty: nothing is asked.
 */
class RequirementAssist : public QObject
{
    Q_OBJECT

public:
    RequirementAssist(QLineEdit *edit, std::function<QStringList()> indexArgs, QObject *parent = nullptr);
    ~RequirementAssist() override;

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
    std::function<QStringList()> m_indexArgs;
    QStringListModel *m_model = nullptr;
    QTimer *m_timer = nullptr;
    QStringList m_names;
    QStringList m_versionOffers;
    QString m_versionsFor;
    bool m_namesAsked = false;
    std::unique_ptr<Envdesk::Core::CommandJob> m_namesJob;
    std::unique_ptr<Envdesk::Core::CommandJob> m_versionJob;
};

} // namespace Envdesk::Ui
