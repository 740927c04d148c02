package io.kanava.tck.async;

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

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An asynchronous handler's reply is sent when its stage completes, and no thread waits for it meanwhile: another
 * connection's call is answered first; the same connection's next call waits for it (replies in call order) unless
 * the action is concurrent; a stage that fails with an application error is answered with its code. Each test
 * checks which answer comes first, not how long anything takes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class AsyncHandlersTest {

    /** Long enough that a call answered at once surely comes first, even on a loaded machine. */
    private static final long SLOW = 3000;

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-async", AsyncChannels.class, Delay.class);
    }

    private WireClient connect() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/async"));
    }

    private static String call(String id, String action, long millis, String tag) {
        return "{\"id\":\"" + id + "\",\"action\":\"" + action + "\",\"data\":{\"millis\":" + millis + ",\"tag\":\""
                + tag + "\"}}";
    }

    @Test
    public void aSlowCallDoesNotDelayAnotherConnectionsCall() throws Exception {
        try (WireClient first = connect();
                WireClient second = connect()) {
            first.send(call("1", "slow", SLOW, "slow"));
            JsonObject quick = second.call(call("2", "now", 0, "quick"));
            assertEquals("quick", quick.getString("data"));
            assertTrue(first.poll(Duration.ZERO).isEmpty(), "the slow call is still pending");
            JsonObject slow = first.next();
            assertEquals("1", slow.getString("id"));
            assertEquals("slow", slow.getString("data"));
        }
    }

    @Test
    public void theSameConnectionsNextCallWaitsForTheSlowOneByDefault() throws Exception {
        try (WireClient client = connect()) {
            client.send(call("1", "slow", 1000, "first"));
            client.send(call("2", "now", 0, "second"));
            assertEquals("first", client.next().getString("data"));
            assertEquals("second", client.next().getString("data"));
        }
    }

    @Test
    public void aConcurrentActionLetsTheConnectionsNextCallOvertakeIt() throws Exception {
        try (WireClient client = connect()) {
            client.send(call("1", "overtakable", SLOW, "first"));
            client.send(call("2", "now", 0, "second"));
            JsonObject overtaking = client.next();
            assertEquals("2", overtaking.getString("id"), overtaking::toString);
            JsonObject overtaken = client.next();
            assertEquals("1", overtaken.getString("id"), overtaken::toString);
            assertEquals("first", overtaken.getString("data"));
        }
    }

    @Test
    public void aStageThatFailsWithAnApplicationErrorIsAnsweredWithItsCodeAndTheConnectionGoesOn() throws Exception {
        try (WireClient client = connect()) {
            JsonObject failed = client.call(call("1", "soldOut", 100, "tickets"));
            assertEquals("Sold out: tickets", assertError(failed, "sold_out").getString("message"));
            assertEquals("again", client.call(call("2", "now", 0, "again")).getString("data"));
        }
    }
}
