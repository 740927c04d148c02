package io.kanava.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a transcript of the guides reads as requests and expected answers. */
class TranscriptTest {

    private static Transcript transcript(String... lines) {
        return Transcript.of(new Block(
                Path.of("guide.md"),
                1,
                "text",
                new Directive(Directive.Kind.REPLAYED, "/channels/chat"),
                List.of(lines)));
    }

    @Test
    void readsFramesSentAndTheFramesEachOneBrings() {
        Transcript transcript = transcript(
                "→ {\"id\":\"1\",\"action\":\"list\"}",
                "← {\"id\":\"1\",\"action\":\"list\",\"data\":[…]}",
                "→ {\"id\":\"2\",\"action\":\"create\"}",
                "← {\"event\":\"todos:updated\",\"data\":…}",
                "← {\"id\":\"2\",\"action\":\"create\",\"data\":…}");
        assertEquals("/channels/chat", transcript.route());
        assertEquals(2, transcript.exchanges().size());
        assertEquals(
                List.of("{\"id\":\"1\",\"action\":\"list\",\"data\":[…]}"),
                transcript.exchanges().get(0).frames());
        assertEquals(2, transcript.exchanges().get(1).frames().size());
    }

    @Test
    void readsACurlRequestWithItsResponseBody() {
        Transcript transcript = transcript(
                "$ curl -u bob:bob-secret -H 'Content-Type: application/json' -d '{\"text\":\"Milk\"}' "
                        + "http://127.0.0.1:8080/kanava-sample/api/todos",
                "{\"id\":…}",
                "← {\"event\":\"todos:updated\",\"data\":…}");
        Transcript.Exchange exchange = transcript.exchanges().get(0);
        assertNull(exchange.frame());
        assertEquals(
                new Curl(
                        "POST",
                        "bob",
                        "bob-secret",
                        Map.of("Content-Type", "application/json"),
                        "{\"text\":\"Milk\"}",
                        "api/todos"),
                exchange.curl());
        assertEquals("{\"id\":…}", exchange.body());
        assertEquals(1, exchange.frames().size());
    }

    @Test
    void putsTheLastTokenInPlaceOfTheEllipsisOfASentFrame() {
        Transcript.Exchange login = transcript("→ {\"action\":\"login\",\"data\":{\"token\":\"…\"}}")
                .exchanges()
                .get(0);
        assertEquals("{\"action\":\"login\",\"data\":{\"token\":\"t0k3n\"}}", login.frameWith("t0k3n"));
        assertThrows(IllegalStateException.class, () -> login.frameWith(null));
    }

    @Test
    void matchesWhatArrivedWithTheEllipsisStandingForAnyText() {
        assertTrue(Transcript.matches("{\"id\":\"1\",\"data\":[…]}", "{\"id\":\"1\",\"data\":[{\"id\":3}]}"));
        assertFalse(Transcript.matches("{\"id\":\"1\",\"data\":[…]}", "{\"id\":\"2\",\"data\":[]}"));
    }

    @Test
    void comparesJsonAsValuesWhateverTheOrderOfAnObjectsMembers() {
        String shown = "{\"event\":\"todos:updated\",\"data\":{\"kind\":\"created\","
                + "\"todo\":{\"done\":false,\"id\":…,\"text\":\"Buy milk\"},\"sentAt\":\"…Z\"}}";
        assertTrue(Transcript.matches(
                shown,
                "{\"data\":{\"todo\":{\"id\":7,\"text\":\"Buy milk\",\"done\":false},"
                        + "\"sentAt\":\"2026-12-02T13:28:28Z\",\"kind\":\"created\"},\"event\":\"todos:updated\"}"));
        assertFalse(
                Transcript.matches(
                        shown,
                        "{\"event\":\"todos:updated\",\"data\":{\"kind\":\"created\",\"todo\":{\"done\":true,"
                                + "\"id\":7,\"text\":\"Buy milk\"},\"sentAt\":\"2026-12-02T13:28:28Z\"}}"),
                "a value that differs");
        assertFalse(
                Transcript.matches(
                        shown,
                        "{\"event\":\"todos:updated\",\"data\":{\"kind\":\"created\",\"todo\":{\"done\":false,"
                                + "\"id\":7,\"text\":\"Buy milk\"},\"sentAt\":\"2026-12-02T13:28:28Z\",\"extra\":1}}"),
                "a member the transcript does not show");
        assertFalse(
                Transcript.matches(
                        shown,
                        "{\"event\":\"todos:updated\",\"data\":{\"kind\":\"created\",\"todo\":{\"done\":false,"
                                + "\"id\":7,\"text\":\"Buy milk\"},\"sentAt\":\"2026-12-02T13:28:28\"}}"),
                "text around the ellipsis of a string");
    }

    @Test
    void keepsAnEllipsisInsideAStringAsText() {
        assertEquals(
                "{\"a\":\"…\",\"b\":\"x…\\\"…\",\"c\":[\"…\"]}",
                JsonPattern.quoteBareEllipses("{\"a\":…,\"b\":\"x…\\\"…\",\"c\":[…]}"));
    }

    @Test
    void refusesALineThatIsNeitherARequestNorAnAnswer() {
        assertThrows(IllegalArgumentException.class, () -> transcript("← {\"id\":\"1\"}"));
        assertThrows(
                IllegalArgumentException.class,
                () -> transcript("$ curl --insecure http://127.0.0.1:8080/kanava-sample/api/login"));
    }
}
