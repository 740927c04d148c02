package io.kanava.tck.metrics;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator reads what a channel and the event hub have done from the platform MBean server, as
 * {@code io.kanava:type=Channel,application=<context path>,channel=<name>} and
 * {@code io.kanava:type=EventHub,application=<context path>}: open connections, calls by action and outcome, their
 * durations, the deepest outgoing queue, events published and delivered, and the link state. The WAR's servlet reads
 * them the way a JMX console does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class MetricsAreReadableTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(WireClient.TIMEOUT).build();

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-metrics", MeterChannels.class, MetricsServlet.class);
    }

    private JsonObject read(String query) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create(application.toExternalForm()).resolve("metrics?" + query))
                        .timeout(WireClient.TIMEOUT)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
            return reader.readObject();
        }
    }

    private JsonObject channel() throws Exception {
        return read("type=Channel&channel=meter");
    }

    private long calls(JsonObject channel, String key) {
        JsonObject calls = channel.getJsonObject("Calls");
        return calls.containsKey(key) ? calls.getJsonNumber(key).longValue() : 0;
    }

    @Test
    public void countsConnectionsCallsByOutcomeAndEventsAsTheyHappen() throws Exception {
        JsonObject before = channel();
        long echoes = calls(before, "echo ok");
        long refusals = calls(before, "refuse refused_here");
        long unknown = calls(before, "$other unknown_action");
        long timed = before.getJsonNumber("CallCount").longValue();
        long delivered = before.getJsonNumber("EventsDelivered").longValue();
        long published = read("type=EventHub").getJsonNumber("EventsPublished").longValue();

        try (WireClient listener = WireClient.connect(ChannelAddress.of(application, "meter"));
                WireClient ticker = WireClient.connect(ChannelAddress.of(application, "meter"))) {
            for (int i = 0; i < 3; i++) {
                assertEquals(
                        "hi",
                        listener.call("{\"id\":" + i + ",\"action\":\"echo\",\"data\":\"hi\"}")
                                .getString("data"));
            }
            // an answer proves the server has opened the connection: a client may see its handshake end first
            assertEquals(
                    "hi",
                    ticker.call("{\"id\":0,\"action\":\"echo\",\"data\":\"hi\"}")
                            .getString("data"));
            assertEquals(2, channel().getInt("ConnectionsOpen"));
            assertEquals(
                    "refused_here",
                    listener.call("{\"id\":\"r\",\"action\":\"refuse\"}")
                            .getJsonObject("error")
                            .getString("code"));
            listener.call("{\"id\":\"u\",\"action\":\"made-up\"}");
            listener.call("{\"id\":\"l\",\"action\":\"listen\"}");
            for (int tick = 1; tick <= 2; tick++) {
                ticker.call("{\"id\":" + tick + ",\"action\":\"tick\",\"data\":" + tick + "}");
                assertEquals(tick, listener.next().getInt("data"));
            }

            JsonObject during = channel();
            assertEquals(echoes + 4, calls(during, "echo ok"));
            assertEquals(refusals + 1, calls(during, "refuse refused_here"));
            assertEquals(unknown + 1, calls(during, "$other unknown_action"));
            assertEquals(timed + 9, during.getJsonNumber("CallCount").longValue(), during::toString);
            assertTrue(during.getJsonNumber("CallLongestMicros").longValue() > 0, during::toString);
            assertTrue(during.getJsonNumber("QueueHighWaterFrames").longValue() >= 0, during::toString);
            assertEquals(delivered + 2, during.getJsonNumber("EventsDelivered").longValue());
            JsonObject hub = read("type=EventHub");
            assertEquals(published + 2, hub.getJsonNumber("EventsPublished").longValue(), hub::toString);
            assertEquals("in-memory", hub.getString("LinkState"));
        }
        await("the closed connections are no longer counted")
                .atMost(WireClient.TIMEOUT)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> channel().getInt("ConnectionsOpen") == 0);
    }
}
