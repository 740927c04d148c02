package io.kanava.client;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static io.kanava.client.Stages.failure;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class OnOpenHookDecidesConnectTest {

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
    void connectCompletesOnceTheHookHasCompleted() {
        try (KanavaClient client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder()
                        .onOpen(opened -> opened.send("login", null, String.class))
                        .build())) {

            assertEquals(1, server.logins.get());
            assertEquals("ada", client.sendAndAwait("whoami", null, String.class));
        }
    }

    @Test
    void aFailingHookFailsConnectAndClosesTheConnection() {
        KanavaClientException failure = failure(KanavaClient.connect(
                server.uri(),
                ClientOptions.builder()
                        .onOpen(opened -> opened.send("whoami", null, String.class))
                        .build()));

        assertEquals(KanavaClientException.UNAUTHENTICATED, failure.code());
        await("server saw 1000").atMost(Stages.REPLY_WAIT).until(() -> server.closeCodes.contains(1000));
    }

    @Test
    void connectFailsWithDisconnectedWhenNothingListens() throws Exception {
        int freePort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            freePort = probe.getLocalPort();
        }

        KanavaClientException failure =
                failure(KanavaClient.connect(URI.create("ws://127.0.0.1:" + freePort + TodoChannelServer.PATH)));

        assertEquals(KanavaClientException.DISCONNECTED, failure.code());
    }
}
