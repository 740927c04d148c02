package io.kanava.client;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.kanava.client.Stages.failure;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ServerRefusalStopsTheClientTest {

    /** Long enough for several reconnect attempts at this test's back-off, had the client kept trying. */
    private static final Duration RECONNECT_WINDOW = Duration.ofMillis(300);

    private static final ClientOptions FAST_RECONNECT = ClientOptions.builder()
            .reconnect(Reconnect.exponential(Duration.ofMillis(10), Duration.ofMillis(20)))
            .build();

    private TodoChannelServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = TodoChannelServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aRefusedFirstHandshakeFailsConnectWithForbidden() {
        server.refusing = true;

        KanavaClientException failure = failure(KanavaClient.connect(server.uri(), FAST_RECONNECT));

        assertEquals(KanavaClientException.FORBIDDEN, failure.code());
        assertEquals(0, server.connections.get());
        assertHandshakesStay(1);
    }

    @Test
    void aHandshakeRefusedWhileReconnectingClosesTheClient() {
        KanavaClient client = KanavaClient.connectAndAwait(server.uri(), FAST_RECONNECT);
        server.refusing = true;

        client.send("drop", null);

        await("client closed").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.CLOSED);
        assertEquals(1, server.connections.get());
        assertHandshakesStay(2);
    }

    @Test
    void aPolicyCloseIsNotRetried() {
        KanavaClient client = KanavaClient.connectAndAwait(server.uri(), FAST_RECONNECT);

        client.send("kick", null);

        await("client closed").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.CLOSED);
        assertHandshakesStay(1);
    }

    private void assertHandshakesStay(int count) {
        await("no further handshake")
                .during(RECONNECT_WINDOW)
                .atMost(RECONNECT_WINDOW.multipliedBy(2))
                .until(() -> server.handshakes.get() == count);
    }
}
