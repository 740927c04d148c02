package io.kanava.client;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A server that accepts the upgrade and closes with 1008 at once (an application refusing the connection in
 * {@code onConnect}) never leaves {@code connect} pending, however the close and the open race: either connecting
 * fails with {@code disconnected}, or it completes and the client then closes for good without reconnecting.
 */
class RefusedFirstConnectionFailsConnectTest {

    private TodoChannelServer server;

    @BeforeEach
    void start() throws Exception {
        server = TodoChannelServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @RepeatedTest(20)
    void connectSettlesAndTheClientStopsWhenTheServerClosesWithPolicyViolationAtOnce() throws Exception {
        CompletableFuture<KanavaClient> connecting = KanavaClient.connect(
                        URI.create(server.uri() + "?refuse=1"), ClientOptions.defaults())
                .toCompletableFuture();
        try {
            KanavaClient client = connecting.get(Stages.REPLY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            try (client) {
                await("closed for good")
                        .atMost(Stages.REPLY_WAIT)
                        .until(() -> client.state() == ConnectionState.CLOSED);
            }
        } catch (ExecutionException failed) {
            KanavaClientException failure = assertInstanceOf(KanavaClientException.class, failed.getCause());
            assertEquals(KanavaClientException.DISCONNECTED, failure.code());
        }
        assertEquals(1, server.connections.get(), "no second attempt after a 1008");
    }
}
