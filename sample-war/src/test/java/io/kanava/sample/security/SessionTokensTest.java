package io.kanava.sample.security;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionTokensTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes();
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static SessionTokens at(Instant instant) {
        return new SessionTokens(KEY, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void verifiesATokenItIssuedIntoASessionWithSubjectAndRoles() {
        var session =
                at(NOW).verify(at(NOW).issue("alice", Set.of("admin", "user"))).orElseThrow();
        assertEquals("alice", session.subject());
        assertEquals(Set.of("admin", "user"), session.roles());
    }

    @Test
    void rejectsATokenWhosePayloadWasChanged() {
        String token = at(NOW).issue("bob", Set.of("user"));
        String forged = java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(
                                ("bob\nadmin,user\n" + NOW.plusSeconds(3600).getEpochSecond()).getBytes())
                + token.substring(token.indexOf('.'));
        assertTrue(at(NOW).verify(forged).isEmpty());
    }

    @Test
    void rejectsATokenSignedWithAnotherKey() {
        String token = new SessionTokens(
                        "another key of 32 bytes, really!".getBytes(), Clock.fixed(NOW, ZoneOffset.UTC))
                .issue("bob", Set.of("user"));
        assertTrue(at(NOW).verify(token).isEmpty());
    }

    @Test
    void rejectsAnExpiredToken() {
        String token = at(NOW).issue("bob", Set.of("user"));
        assertTrue(at(NOW.plus(SessionTokens.LIFETIME).minusSeconds(1))
                .verify(token)
                .isPresent());
        assertTrue(at(NOW.plus(SessionTokens.LIFETIME)).verify(token).isEmpty());
    }

    @Test
    void rejectsMalformedTokens() {
        for (String token : new String[] {null, "", "abc", ".", "a.b", "!!!.???"}) {
            assertTrue(at(NOW).verify(token).isEmpty(), String.valueOf(token));
        }
    }
}
