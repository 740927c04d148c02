package io.kanava.tck.fuzz;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.deployment.ServerGauges;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.PipeliningClient;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A hundred thousand hostile frames ({@link HostileFrames}; {@code -Dkanava.fuzz.frames} and {@code
 * -Dkanava.fuzz.seed} change how many and which) thrown at one connection, a window of them in flight at a time:
 * every frame gets exactly one answer, a JSON object that is a reply or an error with a code; none is
 * {@code internal}; the connection is never closed and still answers a good call (but for Open Liberty's own 1007
 * closes, see {@code Target}); and the server's heap after full collections is back near where it was before. The call rate is lifted for the scenario: the fuzz tests the
 * protocol, not the rate limit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class HostileFramesTest {

    private static final int FRAMES = Integer.getInteger("kanava.fuzz.frames", 100_000);
    private static final long SEED = Long.getLong("kanava.fuzz.seed", 20_261_203L);
    private static final int WINDOW = 200;
    private static final int WARM_UP = 2_000;
    private static final long HEAP_SLACK = 16L * 1024 * 1024;
    private static final boolean ON_LIBERTY = "liberty".equals(System.getProperty("arquillian.launch"));
    private static final String LIBERTY_UTF8_REASON = "Invalid UTF-8 data received.";
    private static final String LIBERTY_CLOSE = "lost to Liberty's 1007";
    private static final int MAX_LIBERTY_CLOSES = 3;

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-fuzz",
                KitArchive.parameter("kanava.limits.calls-per-second", 1_000_000)
                        + KitArchive.parameter("kanava.limits.call-burst", 1_000_000),
                FuzzChannels.class,
                Parcel.class,
                Parcel.Line.class,
                ServerGauges.class);
    }

    @Test
    public void answersEveryHostileFrameOnceWithoutInternalErrorsOrClosingAndLeavesTheHeapAsItWas() throws Exception {
        HostileFrames frames = new HostileFrames(SEED);
        Map<String, Integer> outcomes = new TreeMap<>();
        try (Target target = new Target(ChannelAddress.of(application, "channels/target"))) {
            throwFrames(target, frames, WARM_UP, new TreeMap<>());
            long before = usedHeap();

            long started = System.nanoTime();
            throwFrames(target, frames, FRAMES, outcomes);
            long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

            WireClient client = target.client;
            assertTrue(client.poll(Duration.ofMillis(500)).isEmpty(), "no frame was answered twice");
            assertFalse(client.isClosedByServer(), "the connection stayed open");
            JsonObject good = client.call("{\"id\":\"last\",\"action\":\"echo\",\"data\":\"still here\"}");
            assertEquals("still here", good.getString("data"), good::toString);

            long after = usedHeap();
            System.out.printf(
                    "Fuzz: %,d frames (seed %d) in %,d ms; outcomes %s; heap after full GC %,d KiB before, %,d KiB"
                            + " after; connections Open Liberty closed with 1007: %d%n",
                    FRAMES, SEED, elapsedMillis, outcomes, before / 1024, after / 1024, target.libertyCloses);
            assertEquals(
                    FRAMES,
                    outcomes.values().stream().mapToInt(Integer::intValue).sum());
            assertTrue(
                    target.libertyCloses <= MAX_LIBERTY_CLOSES,
                    () -> "Open Liberty closed the connection " + target.libertyCloses + " times with 1007");
            assertTrue(
                    after <= before + HEAP_SLACK,
                    () -> "heap after full GC grew from " + before / 1024 + " KiB to " + after / 1024 + " KiB");
        }
    }

    @Test
    public void echoesALoneSurrogateBackAsItsEscapeAndKeepsAnswering() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/target"))) {
            client.send("{\"id\":1,\"action\":\"echo\",\"data\":\"cut \\ud83d\"}");
            assertEquals("{\"id\":1,\"action\":\"echo\",\"data\":\"cut \\ud83d\"}", client.nextText());
            JsonObject next = client.call("{\"id\":2,\"action\":\"echo\",\"data\":\"next\"}");
            assertEquals("next", next.getString("data"), next::toString);
        }
    }

    /**
     * Frames written back to back in one write, full of two-byte characters, so that the server's reads end inside
     * frames and inside characters: every one is answered, in order, with its text intact.
     */
    @Test
    public void answersPipelinedFramesWhoseReadsEndInsideACharacter() throws Exception {
        List<String> frames = new ArrayList<>();
        for (int id = 0; id < 400; id++) {
            frames.add("{\"id\":" + id + ",\"action\":\"echo\",\"data\":\"" + "é".repeat(100 + id) + "\"}");
        }
        try (PipeliningClient client = PipeliningClient.connect(ChannelAddress.of(application, "channels/target"))) {
            client.sendAtOnce(frames);
            for (int id = 0; id < frames.size(); id++) {
                JsonObject reply =
                        Json.createReader(new StringReader(client.nextText())).readObject();
                assertEquals(id, reply.getInt("id"), reply::toString);
                assertEquals("é".repeat(100 + id), reply.getString("data"));
            }
        }
    }

    /**
     * An empty frame whose header reaches the server in two reads, between two calls. WildFly and Payara answer all
     * three (the empty one with {@code bad_request}). Open Liberty 25 takes the rest of the second read for the empty
     * frame's payload, unmasks it with the wrong key and closes the connection with 1007 "Invalid UTF-8 data
     * received." before any application code sees it; the frame after it is lost. This test records that, so that a
     * Liberty which fixes it makes the test, docs/servers.md and {@link Target} change.
     */
    @Test
    public void answersAnEmptyFrameWhoseHeaderArrivesInTwoReads() throws Exception {
        try (PipeliningClient client = PipeliningClient.connect(ChannelAddress.of(application, "channels/target"))) {
            client.sendEmptyFrameCutInItsHeader(
                    "{\"id\":1,\"action\":\"echo\",\"data\":\"before\"}",
                    "{\"id\":2,\"action\":\"echo\",\"data\":\"after\"}",
                    Duration.ofMillis(300));
            assertEquals(
                    "before",
                    Json.createReader(new StringReader(client.nextText()))
                            .readObject()
                            .getString("data"));
            if (ON_LIBERTY) {
                IOException closed = assertThrows(IOException.class, client::nextText);
                assertEquals(
                        "The server closed the connection with 1007 \"" + LIBERTY_UTF8_REASON + "\"",
                        closed.getMessage());
                return;
            }
            JsonObject empty =
                    Json.createReader(new StringReader(client.nextText())).readObject();
            assertEquals("bad_request", empty.getJsonObject("error").getString("code"), empty::toString);
            assertEquals(
                    "after",
                    Json.createReader(new StringReader(client.nextText()))
                            .readObject()
                            .getString("data"));
        }
    }

    private static void throwFrames(Target target, HostileFrames frames, int count, Map<String, Integer> outcomes)
            throws Exception {
        List<String> window = new ArrayList<>(WINDOW);
        for (int sent = 0; sent < count; sent += window.size()) {
            window.clear();
            WireClient client = target.client;
            for (int i = 0; i < Math.min(WINDOW, count - sent); i++) {
                String frame = frames.next();
                window.add(frame);
                try {
                    client.send(frame);
                } catch (ExecutionException closed) {
                    if (!ON_LIBERTY || !client.isClosedByServer()) {
                        throw closed;
                    } // on Liberty, the window's answers then show whether Liberty closed it
                }
            }
            for (int i = 0; i < window.size(); i++) {
                Optional<JsonObject> answer = client.poll(WireClient.TIMEOUT);
                if (answer.isEmpty() && target.reconnectAfterLibertysOwnClose()) {
                    outcomes.merge(LIBERTY_CLOSE, window.size() - i, Integer::sum);
                    break;
                }
                JsonObject frame = answer.orElseThrow(() -> unanswered(client, window));
                String outcome = outcome(frame);
                assertNotEquals("internal", outcome, () -> "an internal error among " + window + ": " + frame);
                outcomes.merge(outcome, 1, Integer::sum);
            }
        }
    }

    /**
     * The connection the frames go to. Some of the fuzz's frames are empty, and Open Liberty 25 fails a connection
     * whose empty frame has its header split across two reads (see {@link
     * #answersAnEmptyFrameWhoseHeaderArrivesInTwoReads}): it closes it with 1007 "Invalid UTF-8 data received." and
     * writes an FFDC with a {@code MalformedInputException} in {@code LinkRead.convertMessageToString}. Reads end
     * inside frames only when the server is busy, so this happened in about one full run of the kit in two, never
     * when this test ran alone. Kanava never closes with 1007. On Liberty, and only for that close, the rest of the
     * window is counted as {@value #LIBERTY_CLOSE} and the fuzz goes on over a new connection.
     */
    private static final class Target implements AutoCloseable {

        private final URI address;
        private WireClient client;
        private int libertyCloses;

        Target(URI address) throws Exception {
            this.address = address;
            this.client = WireClient.connect(address);
        }

        boolean reconnectAfterLibertysOwnClose() throws Exception {
            boolean libertys = ON_LIBERTY
                    && client.closedWith()
                            .filter(close ->
                                    close.code() == 1007 && close.reason().equals(LIBERTY_UTF8_REASON))
                            .isPresent();
            if (libertys) {
                libertyCloses++;
                client.close();
                client = WireClient.connect(address);
            }
            return libertys;
        }

        @Override
        public void close() throws Exception {
            client.close();
        }
    }

    /** Finds the frames of a window that go unanswered by sending them again one at a time. */
    private static AssertionError unanswered(WireClient client, List<String> window) {
        List<String> unanswered = new ArrayList<>();
        try {
            client.poll(Duration.ofSeconds(1));
            for (String frame : window) {
                client.send(frame);
                if (client.poll(Duration.ofSeconds(2)).isEmpty()) {
                    unanswered.add(frame);
                }
            }
        } catch (Exception failed) {
            return new AssertionError("a frame went unanswered (the connection " + client.state() + ") and then "
                    + failed + "; window " + shortened(window));
        }
        return new AssertionError("a frame went unanswered (the connection " + client.state()
                + "); alone, these go unanswered: " + unanswered);
    }

    private static List<String> shortened(List<String> frames) {
        return frames.stream()
                .map(frame -> frame.length() <= 200 ? frame : frame.substring(0, 200) + "…(" + frame.length() + ")")
                .toList();
    }

    /** {@code reply}, or the error's code; an answer that is neither fails. */
    private static String outcome(JsonObject answer) {
        if (answer.containsKey("error")) {
            JsonObject error = answer.getJsonObject("error");
            assertTrue(error.containsKey("message"), answer::toString);
            return error.getString("code");
        }
        assertTrue(answer.containsKey("action") && !answer.containsKey("event"), answer::toString);
        return "reply";
    }

    private long usedHeap() throws Exception {
        return ServerGauges.read(application).heap();
    }
}
