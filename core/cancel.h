#pragma once

#include <atomic>
#include <functional>
#include <memory>

namespace Envdesk::Core {

/**
 * The one way work is asked to stop. A value: copies share one flag, so the caller keeps a copy
 * and passes another in the request or options of what it starts; cancel() is safe from any
 * thread. Loops check isCancelled() where stopping leaves nothing half done; HTTP requests carrying
 * the token are aborted in flight; builds kill their process group; waits on the network give up.
 */
class CancelToken
{
public:
    CancelToken()
        : m_state(std::make_shared<State>())
    {}
    void cancel() const { m_state->flag.store(true); }
    bool isCancelled() const
    {
        for (const State *s = m_state.get(); s; s = s->parent.get()) {
            if (s->flag.load())
                return true;
        }
        return false;
    }
    /**
     * A token that is cancelled with this one, and can be cancelled alone: what a job keeps, so
     * that cancelling (or destroying) the job stops its own work and not the caller's.
     */
    CancelToken child() const
    {
        CancelToken t;
        t.m_state->parent = m_state;
        return t;
    }
    /** For the interfaces that take a predicate (the solver, builds, git). */
    std::function<bool()> predicate() const
    {
        return [token = *this] { return token.isCancelled(); };
    }
    bool operator==(const CancelToken &other) const { return m_state == other.m_state; }

private:
    struct State
    {
        std::atomic_bool flag = false;
        std::shared_ptr<const State> parent;
    };
    std::shared_ptr<State> m_state;
};

} // namespace Envdesk::Core
