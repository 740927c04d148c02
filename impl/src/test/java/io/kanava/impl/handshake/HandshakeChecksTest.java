package io.kanava.impl.handshake;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kanava.spi.Handshake;
import io.kanava.spi.HandshakeCheck;
import io.kanava.spi.HandshakeVerdict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HandshakeChecksTest {

    private static final ChannelRoutes ROUTES = new ChannelRoutes(Map.of("todos", "/todos"));
    private final List<String> ran = new ArrayList<>();

    private HandshakeCheck recording(String name, HandshakeVerdict verdict) {
        return handshake -> {
            ran.add(name);
            return verdict;
        };
    }

    private static HandshakeChecks of(HandshakeChecks.Ordered... checks) {
        return new HandshakeChecks(List.of(checks), ROUTES);
    }

    @Test
    void runsChecksLowestPriorityFirstAndThoseWithoutOneLast() {
        HandshakeChecks checks = of(
                new HandshakeChecks.Ordered(recording("none", HandshakeVerdict.proceed()), null),
                new HandshakeChecks.Ordered(recording("twenty", HandshakeVerdict.proceed()), 20),
                new HandshakeChecks.Ordered(recording("ten", HandshakeVerdict.proceed()), 10));

        HandshakeVerdict verdict = checks.decide(new FakeHandshake());

        assertTrue(verdict.proceeds());
        assertEquals(List.of("ten", "twenty", "none"), ran);
    }

    @Test
    void stopsAtTheFirstCheckThatRefusesOrIdentifies() {
        HandshakeChecks checks = of(
                new HandshakeChecks.Ordered(recording("refuses", HandshakeVerdict.refuse(403, "no")), 1),
                new HandshakeChecks.Ordered(recording("identifies", HandshakeVerdict.identify("ann", Set.of())), 2));

        HandshakeVerdict verdict = checks.decide(new FakeHandshake());

        assertEquals(Optional.of(403), verdict.refusal());
        assertEquals(List.of("refuses"), ran);
    }

    @Test
    void failsTheRequestWithAnErrorIdWhenACheckThrowsOrAnswersNothing() {
        HandshakeChecks throwing = of(new HandshakeChecks.Ordered(
                handshake -> {
                    throw new IllegalStateException("secret detail");
                },
                1));
        HandshakeChecks.Failed failed =
                assertThrows(HandshakeChecks.Failed.class, () -> throwing.decide(new FakeHandshake()));
        assertFalse(failed.getMessage().contains("secret detail"), failed.getMessage());
        assertTrue(failed.getMessage().contains(failed.errorId()), failed.getMessage());

        HandshakeChecks silent = of(new HandshakeChecks.Ordered(handshake -> null, 1));
        assertThrows(HandshakeChecks.Failed.class, () -> silent.decide(new FakeHandshake()));
    }

    @Test
    void refusesOnlyWithClientErrorStatusesAndIdentifiesOnlyNamedSubjects() {
        assertThrows(IllegalArgumentException.class, () -> HandshakeVerdict.refuse(302, "moved"));
        assertThrows(IllegalArgumentException.class, () -> HandshakeVerdict.refuse(500, "boom"));
        assertThrows(IllegalArgumentException.class, () -> HandshakeVerdict.identify(" ", Set.of()));
        HandshakeVerdict identified = HandshakeVerdict.identify("ann", Set.of("admin"));
        assertFalse(identified.proceeds());
        assertEquals(Optional.of("ann"), identified.subject());
        assertEquals(Set.of("admin"), identified.roles());
        assertEquals(Optional.empty(), identified.refusal());
    }

    private static final class FakeHandshake implements Handshake {
        @Override
        public String channel() {
            return "todos";
        }

        @Override
        public String path() {
            return "/todos";
        }

        @Override
        public List<String> headers(String name) {
            return List.of();
        }

        @Override
        public Optional<String> cookie(String name) {
            return Optional.empty();
        }

        @Override
        public Map<String, List<String>> queryParameters() {
            return Map.of();
        }

        @Override
        public List<String> subprotocols() {
            return List.of();
        }

        @Override
        public Optional<Principal> principal() {
            return Optional.empty();
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }
    }
}
