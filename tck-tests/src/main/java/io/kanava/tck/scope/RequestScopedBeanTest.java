package io.kanava.tck.scope;

import java.net.URL;
import java.time.Duration;

import jakarta.json.JsonObject;

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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each call runs in a request context of its own: one request-scoped instance per call, destroyed after it; so do
 * {@code onConnect} and {@code onDisconnect}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class RequestScopedBeanTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-scope", ScopeChannels.class, CallTrace.class, TraceLedger.class, Traces.class);
    }

    @Test
    public void usesOneInstanceWithinACallAndAFreshOneForTheNextCallDestroyingTheFirst() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/scope"))) {
            JsonObject one = client.call("{\"id\":1,\"action\":\"trace\"}").getJsonObject("data");
            JsonObject two = client.call("{\"id\":2,\"action\":\"trace\"}").getJsonObject("data");
            assertEquals(one.getString("first"), one.getString("second"));
            assertEquals(two.getString("first"), two.getString("second"));
            assertNotEquals(one.getString("first"), two.getString("first"));
            assertTrue(
                    two.getJsonNumber("destroyedBefore").longValue()
                            > one.getJsonNumber("destroyedBefore").longValue(),
                    "the first call's instance is destroyed when the call ends");
        }
    }

    @Test
    public void runsOnConnectAndOnDisconnectEachInARequestContextOfTheirOwn() throws Exception {
        String first;
        JsonObject connected;
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/scope"))) {
            first = client.call("{\"id\":1,\"action\":\"id\"}").getString("data");
            connected = seen(client, "onConnect " + first);
        }
        assertFalse(connected.getString("instance").isEmpty(), "onConnect had a request-scoped instance");
        assertTrue(connected.getBoolean("destroyed"), "destroyed when onConnect ended");
        assertNotEquals(connected.getString("askingCall"), connected.getString("instance"));
        try (WireClient other = WireClient.connect(ChannelAddress.of(application, "channels/scope"))) {
            await("onDisconnect ran for the closed connection")
                    .atMost(WireClient.TIMEOUT)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> !seen(other, "onDisconnect " + first)
                            .getString("instance")
                            .isEmpty());
            JsonObject disconnected = seen(other, "onDisconnect " + first);
            assertTrue(disconnected.getBoolean("destroyed"), "destroyed when onDisconnect ended");
            assertNotEquals(connected.getString("instance"), disconnected.getString("instance"));
        }
    }

    private static JsonObject seen(WireClient client, String key) throws Exception {
        return client.call("{\"id\":\"q\",\"action\":\"seen\",\"data\":\"" + key + "\"}")
                .getJsonObject("data");
    }
}
