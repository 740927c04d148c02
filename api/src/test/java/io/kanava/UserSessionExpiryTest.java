package io.kanava;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserSessionExpiryTest {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void expiresAtItsInstantAndNotBefore() {
        UserSession session =
                UserSession.builder("erin").role("user").expiresAt(NOON).build();
        assertFalse(session.isExpired(NOON.minusMillis(1)));
        assertTrue(session.isExpired(NOON));
        assertEquals(NOON, session.expiresAt().orElseThrow());
    }

    @Test
    void neverExpiresWithoutAnInstant() {
        UserSession session = UserSession.of("erin", Set.of("user"));
        assertTrue(session.expiresAt().isEmpty());
        assertFalse(session.isExpired(Instant.MAX));
    }
}
