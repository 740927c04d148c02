package io.kanava.impl.client;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.kanava.KanavaException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The servlet context parameter kanava.client.path moves the served document and clients, or turns them off. */
class ClientPathTest {

    @Test
    void servesUnderKanavaByDefault() {
        assertEquals(Optional.of("/kanava"), ClientPath.of(null));
        assertEquals(Optional.of("/kanava"), ClientPath.of(" "));
    }

    @Test
    void movesToTheGivenPathOrTurnsOff() {
        assertEquals(Optional.of("/api/realtime"), ClientPath.of(" /api/realtime "));
        assertEquals(Optional.empty(), ClientPath.of("off"));
    }

    @Test
    void refusesAPathThatIsNotPlain() {
        for (String bad : new String[] {"kanava", "/kanava/", "/kan*", "/a//b"}) {
            KanavaException problem = assertThrows(KanavaException.class, () -> ClientPath.of(bad), bad);
            assertEquals("KNV1021", problem.code());
        }
    }
}
