package io.kanava.client;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A reconnect whose handshake hangs (a server that accepts TCP and never answers) does not hold back the timeouts of
 * the calls waiting for it: handshakes have a thread of their own.
 */
class HangingHandshakeKeepsTimeoutsTest {

    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private TodoChannelServer server;
    private KanavaClient client;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder()
                        .connectTimeout(Duration.ofSeconds(30))
                        .reconnect(Reconnect.exponential(Duration.ofMillis(10), Duration.ofMillis(50)))
                        .build());
    }

    @AfterEach
    void close() throws Exception {
        client.close();
        server.close();
        for (Socket socket : accepted) {
            socket.close();
        }
    }

    @Test
    void aWaitingCallTimesOutOnTimeWhileAHandshakeHangs() throws Exception {
        server.stop();
        await("reconnecting").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.RECONNECTING);
        try (ServerSocket silent = new ServerSocket()) {
            silent.setReuseAddress(true);
            silent.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
            Thread acceptor = new Thread(() -> acceptForever(silent), "silent-acceptor");
            acceptor.setDaemon(true);
            acceptor.start();
            await("a handshake hanging").atMost(Stages.REPLY_WAIT).until(() -> !accepted.isEmpty());

            CompletionStage<Todo> waiting =
                    client.send("create", new NewTodo("Walk"), Todo.class, Duration.ofMillis(300));

            assertEquals(
                    KanavaClientException.TIMEOUT, Stages.failure(waiting).code(), "well before the 30 s handshake");
        }
    }

    private void acceptForever(ServerSocket silent) {
        while (!silent.isClosed()) {
            try {
                accepted.add(silent.accept());
            } catch (java.io.IOException closed) {
                return;
            }
        }
    }
}
