package io.kanava.tck.events;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A connection's subscriptions end when it closes, cleanly or abruptly: nothing is left behind. */
public class SubscriptionsEndWithConnectionsTest extends EventsScenario {

    private static final int CYCLES = 500;

    @Test
    public void leavesNoSubscriberAfterFiveHundredConnectSubscribeDisconnectCycles() throws Exception {
        for (int cycle = 0; cycle < CYCLES; cycle++) {
            WireClient client = connect("news");
            subscribe(client, "news:cycles");
            if (cycle % 2 == 0) {
                client.close();
            } else {
                client.abort();
            }
        }
        try (WireClient observer = connect("news")) {
            assertEquals(0, awaitSubscribers(observer, "news:cycles", 0));
        }
    }
}
