package it.modulistica.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/** A session's last access moves in steps of the resolution; everything else passes through. */
class CoarseLastAccessSessionsTest {

    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private final Sessions stored = new Sessions();
    private final CoarseLastAccessSessions<MapSession> sessions = new CoarseLastAccessSessions<>(stored,
            Duration.ofMinutes(1));

    @Test
    void aLastAccessWithinTheResolutionIsNotRecorded() {
        String id = saved();

        CoarseLastAccessSessions.CoarseSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(START.plusSeconds(59));
        sessions.save(session);

        assertThat(stored.get(id).getLastAccessedTime()).isEqualTo(START);
    }

    @Test
    void aLastAccessOneResolutionLaterIsRecorded() {
        String id = saved();

        CoarseLastAccessSessions.CoarseSession<MapSession> session = sessions.findById(id);
        session.setLastAccessedTime(START.plusSeconds(60));
        sessions.save(session);

        assertThat(stored.get(id).getLastAccessedTime()).isEqualTo(START.plusSeconds(60));
    }

    @Test
    void attributesTimeoutsAndIdsPassThrough() {
        String id = saved();

        CoarseLastAccessSessions.CoarseSession<MapSession> session = sessions.findById(id);
        session.setAttribute("lingua", "it");
        session.setMaxInactiveInterval(Duration.ofMinutes(45));
        String newId = session.changeSessionId();
        sessions.save(session);

        MapSession saved = stored.get(newId);
        assertThat(saved.<String>getAttribute("lingua")).isEqualTo("it");
        assertThat(saved.getMaxInactiveInterval()).isEqualTo(Duration.ofMinutes(45));
        assertThat(sessions.findById(newId).getAttributeNames()).containsExactly("lingua");
        sessions.deleteById(newId);
        assertThat(sessions.findById(newId)).isNull();
    }

    @Test
    void sessionsFoundByPrincipalAreWrappedToo() {
        String id = saved();
        stored.get(id).setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, "sindaca");

        assertThat(sessions.findByPrincipalName("sindaca")).containsOnlyKeys(id);
        assertThat(sessions.findByPrincipalName("sindaca").get(id).getLastAccessedTime()).isEqualTo(START);
    }

    @Test
    void withinARequestASessionSavedOrReadIsNotReadAgain() {
        String id = saved();
        sessions.openRequest();
        try {
            CoarseLastAccessSessions.CoarseSession<MapSession> session = sessions.findById(id);
            session.setAttribute("lingua", "it");
            sessions.save(session);

            assertThat(sessions.findById(id)).isSameAs(session);
            assertThat(stored.reads).isEqualTo(1);
        } finally {
            sessions.closeRequest();
        }
        assertThat(sessions.findById(id).<String>getAttribute("lingua")).isEqualTo("it");
        assertThat(stored.reads).isEqualTo(2);
    }

    @Test
    void withinARequestADeletedOrRenamedSessionIsReadFromTheStore() {
        String id = saved();
        sessions.openRequest();
        try {
            CoarseLastAccessSessions.CoarseSession<MapSession> session = sessions.findById(id);
            String newId = session.changeSessionId();
            sessions.save(session);

            assertThat(sessions.findById(id)).isNull();
            assertThat(sessions.findById(newId)).isSameAs(session);
            sessions.deleteById(newId);
            assertThat(sessions.findById(newId)).isNull();
            assertThat(stored.reads).isEqualTo(3);
        } finally {
            sessions.closeRequest();
        }
    }

    private String saved() {
        MapSession session = new MapSession();
        session.setLastAccessedTime(START);
        stored.save(session);
        return session.getId();
    }

    /** Sessions in a map, as the JDBC repository keeps them in a table: copies go in and come out. */
    private static final class Sessions implements FindByIndexNameSessionRepository<MapSession> {

        private final Map<String, MapSession> byId = new HashMap<>();
        private int reads;

        MapSession get(String id) {
            return byId.get(id);
        }

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            byId.remove(session.getOriginalId());
            byId.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession session = byId.get(id);
            return session == null ? null : new MapSession(session);
        }

        @Override
        public void deleteById(String id) {
            byId.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return byId.values().stream().filter(session -> indexValue.equals(session.getAttribute(indexName)))
                    .collect(Collectors.toMap(MapSession::getId, MapSession::new));
        }
    }
}
