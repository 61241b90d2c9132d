#pragma once

#include <QMetaType>
#include <QString>

#include <string>

namespace Envdesk::Core {

struct ResolveEvent;
struct IndexQuery;

/**
 * One line of what a job is doing, as the window's live log and the command line's -v show it:
 * when, how bad, what kind of work, about which package and index, and the counts of countable
 * steps. The level is the job's judgement (a cancelled sync is an error in every language); the
 * message is translated and holds no secret (URLs are redacted where they are made).
 */
struct Event
{
    enum class Level { Debug, Info, Warning, Error };
    enum class Category {
        General,
        Resolve,     ///< the solver's steps
        Index,       ///< index pages and metadata asked for, and waits on them
        Download,    ///< files fetched for an install
        Build,       ///< PEP 517 builds and their environments
        Install,     ///< changes to an environment
        Lock,        ///< lock files read, compared, written
        Doctor,      ///< connection tests
        Environment, ///< virtual environments made and inspected
    };
    qint64 msecsSinceEpoch = 0;
    Level level = Level::Info;
    Category category = Category::General;
    std::string package; ///< normalized name, or empty
    std::string index;   ///< index name, or empty
    QString message;
    int done = -1;  ///< countable work: steps done so far (-1: not countable)
    int total = -1; ///< countable work: steps in all
    bool waiting = false; ///< a wait on an index, said while it lasts (for the status bar)

    /** An event stamped with the current time. */
    static Event make(Level level, Category category, QString message, std::string package = {},
                      std::string index = {});
    /** A solver step: a conflict or a package without versions is a warning, the rest info. */
    static Event of(const ResolveEvent &e);
    /** An index request: a refusal or failure is a warning, the rest debug. */
    static Event of(const IndexQuery &q);

    /** Category names as the log's filter and the command line's -v show them. */
    static QString categoryName(Category c);
};

} // namespace Envdesk::Core

Q_DECLARE_METATYPE(Envdesk::Core::Event)
