package io.kanava.tck.soak;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
import io.kanava.tck.events.NewsArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A soak, not part of the kit's runs (each server's execution excludes {@code io/kanava/tck/soak}): for
 * {@code -Dkanava.soak.minutes} minutes (30 unless set), rounds of mixed work against the news channels: a crowd of
 * clients connects, subscribes, calls and receives published events, a third of it reconnects every round, and a
 * client that stops reading is given up. Every minute it prints the server's heap after full collections and its
 * thread count; at the end both must be back near where they were after the first round. Run it with
 * {@code mvn -B verify -Pwildfly -pl tck-tests -Dit.test=SoakTest -Dkanava.soak.minutes=30} (or {@code -Ppayara},
 * {@code -Pliberty}).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SoakTest {

    private static final Duration LENGTH = Duration.ofMinutes(Long.getLong("kanava.soak.minutes", 30));
    private static final Duration REPORT_EVERY = Duration.ofMinutes(1);
    private static final int CROWD = 30;
    private static final int EVENTS_PER_ROUND = 20;
    private static final long HEAP_SLACK = 32L * 1024 * 1024;
    private static final int THREAD_SLACK = 20;
    private static final String TOPIC = "soak";

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        // the one publisher stands for many: it calls faster than one client may by default. Open Liberty makes an
        // HTTP session for every WebSocket handshake that comes without one (about 400 bytes, kept for the session
        // timeout, 30 minutes by default): this application uses none, so it keeps them for one minute, as
        // docs/servers.md advises
        return KitArchive.withWebXml(
                        "kit-soak",
                        KitArchive.parameter("kanava.limits.calls-per-second", 1_000_000)
                                + KitArchive.parameter("kanava.limits.call-burst", 1_000_000)
                                + "<session-config><session-timeout>1</session-timeout></session-config>",
                        NewsArchive.classes())
                .addClass(ServerGauges.class);
    }

    private WireClient connect(String channel) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/" + channel));
    }

    private WireClient subscriber() throws Exception {
        WireClient client = connect("news");
        client.call("{\"id\":\"s\",\"action\":\"subscribe\",\"data\":{\"topic\":\"" + TOPIC + "\"}}");
        return client;
    }

    @Test
    public void heapAndThreadsStayFlatUnderMixedLoad() throws Exception {
        List<WireClient> crowd = new ArrayList<>();
        try (WireClient publisher = connect("news")) {
            for (int i = 0; i < CROWD; i++) {
                crowd.add(subscriber());
            }
            round(publisher, crowd, 0);
            ServerGauges.Reading first = ServerGauges.read(application);
            System.out.printf(
                    "Soak: minute, heap KiB, threads, rounds%n0, %d, %d, 1%n", first.heap() / 1024, first.threads());
            long started = System.nanoTime();
            long nextReport = started + REPORT_EVERY.toNanos();
            long end = started + LENGTH.toNanos();
            int rounds = 1;
            ServerGauges.Reading last = first;
            while (System.nanoTime() < end) {
                round(publisher, crowd, rounds++);
                if (System.nanoTime() >= nextReport) {
                    last = ServerGauges.read(application);
                    System.out.printf(
                            "%d, %d, %d, %d%n",
                            Duration.ofNanos(System.nanoTime() - started).toMinutes(),
                            last.heap() / 1024,
                            last.threads(),
                            rounds);
                    nextReport += REPORT_EVERY.toNanos();
                }
            }
            ServerGauges.Reading end1 = ServerGauges.read(application);
            assertTrue(
                    end1.heap() <= first.heap() + HEAP_SLACK,
                    () -> "heap grew from " + first.heap() / 1024 + " KiB to " + end1.heap() / 1024 + " KiB");
            assertTrue(
                    end1.threads() <= first.threads() + THREAD_SLACK,
                    () -> "threads grew from " + first.threads() + " to " + end1.threads());
        } finally {
            for (WireClient client : crowd) {
                client.close();
            }
        }
    }

    /** One round: calls, a burst of events to the crowd, a third of it reconnecting, one slow client given up. */
    private void round(WireClient publisher, List<WireClient> crowd, int round) throws Exception {
        for (int i = 0; i < EVENTS_PER_ROUND; i++) {
            answered(
                    round,
                    publisher.call("{\"id\":\"p\",\"action\":\"publish\",\"data\":{\"topic\":\"" + TOPIC
                            + "\",\"text\":\"r" + round + "e" + i + "\"}}"));
        }
        for (int c = 0; c < crowd.size(); c++) {
            WireClient client = crowd.get(c);
            int events = 0;
            while (events < EVENTS_PER_ROUND) {
                Optional<JsonObject> frame = client.poll(WireClient.TIMEOUT);
                int member = c;
                int received = events;
                assertTrue(
                        frame.isPresent(),
                        () -> "round " + round + ": subscriber " + member + " received " + received + " of "
                                + EVENTS_PER_ROUND + " events; closed by the server: " + client.isClosedByServer());
                if (frame.get().containsKey("event")) {
                    events++;
                }
            }
            answered(round, client.call("{\"id\":\"c\",\"action\":\"id\"}"));
        }
        for (int i = round % 3; i < crowd.size(); i += 3) {
            crowd.get(i).close();
            crowd.set(i, subscriber());
        }
        WireClient slow = WireClient.connectPaused(ChannelAddress.of(application, "channels/firehose"));
        try {
            slow.send("{\"id\":1,\"action\":\"subscribe\",\"data\":{\"topic\":\"soak-hose\"}}");
            for (int burst = 0; burst < 20; burst++) {
                answered(
                        round,
                        publisher.call("{\"id\":\"f\",\"action\":\"flood\",\"data\":{\"topic\":\"soak-hose\","
                                + "\"count\":50,\"size\":16384}}"));
            }
        } finally {
            slow.abort(); // it never read its close frame; closing it politely would wait for one
        }
    }

    private static void answered(int round, JsonObject answer) {
        assertTrue(!answer.containsKey("error"), () -> "round " + round + ": a call failed: " + answer);
    }
}
