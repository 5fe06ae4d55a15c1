package it.modulistica.app.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions of the database with their last access recorded to the {@code resolution}: Spring
 * Session marks a session changed on every request only because its last access time moved, and
 * then writes its row in a transaction of its own. Here a session's last access moves only when
 * it is at least {@code resolution} later than the one stored, so a signed-in user's requests
 * within that time write nothing; any other change (an attribute, the id, the timeout) is saved as
 * before. A session thus expires up to {@code resolution} sooner than its timeout says.
 *
 * <p>Within a request opened by {@link #openRequest()} (see {@link OneSessionReadPerRequest}) a
 * session is read from the database once: Spring Session reads it again after saving it whenever
 * the response was committed before the end of the request (spring-session#1731), only to learn
 * its id; that read is answered with the session just saved.
 *
 * @param <S> the sessions of the repository wrapped
 */
final class CoarseLastAccessSessions<S extends Session>
        implements FindByIndexNameSessionRepository<CoarseLastAccessSessions.CoarseSession<S>>, DisposableBean {

    private final FindByIndexNameSessionRepository<S> sessions;
    private final Duration resolution;
    private final ThreadLocal<Map<String, CoarseSession<S>>> request = new ThreadLocal<>();

    CoarseLastAccessSessions(FindByIndexNameSessionRepository<S> sessions, Duration resolution) {
        this.sessions = sessions;
        this.resolution = resolution;
    }

    @Override
    public CoarseSession<S> createSession() {
        return new CoarseSession<>(sessions.createSession(), resolution);
    }

    /** Starts the current thread's request: until {@link #closeRequest()} a session is read once. */
    void openRequest() {
        request.set(new HashMap<>(4));
    }

    /** Ends the current thread's request: the next reads go to the database again. */
    void closeRequest() {
        request.remove();
    }

    @Override
    public void save(CoarseSession<S> session) {
        sessions.save(session.stored);
        remember(session);
    }

    @Override
    public CoarseSession<S> findById(String id) {
        Map<String, CoarseSession<S>> known = request.get();
        CoarseSession<S> read = known == null ? null : known.get(id);
        if (read != null && read.getId().equals(id)) {
            return read;
        }
        S session = SessionTransactions.reading(() -> sessions.findById(id));
        CoarseSession<S> found = session == null ? null : new CoarseSession<>(session, resolution);
        remember(found);
        return found;
    }

    @Override
    public void deleteById(String id) {
        sessions.deleteById(id);
        Map<String, CoarseSession<S>> known = request.get();
        if (known != null) {
            known.remove(id);
        }
    }

    private void remember(CoarseSession<S> session) {
        Map<String, CoarseSession<S>> known = request.get();
        if (known != null && session != null) {
            known.put(session.getId(), session);
        }
    }

    @Override
    public Map<String, CoarseSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, CoarseSession<S>> found = new LinkedHashMap<>();
        sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new CoarseSession<>(session, resolution)));
        return found;
    }

    @Override
    public void destroy() throws Exception {
        if (sessions instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    /** A stored session whose last access moves in steps of the resolution. */
    static final class CoarseSession<S extends Session> implements Session {

        private final S stored;
        private final Duration resolution;

        CoarseSession(S stored, Duration resolution) {
            this.stored = stored;
            this.resolution = resolution;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(resolution))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
