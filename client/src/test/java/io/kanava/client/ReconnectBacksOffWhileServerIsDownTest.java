package io.kanava.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReconnectBacksOffWhileServerIsDownTest {

    private TodoChannelServer server;
    private KanavaClient client;

    @BeforeEach
    void connect() throws Exception {
        server = TodoChannelServer.start();
        client = KanavaClient.connectAndAwait(
                server.uri(),
                ClientOptions.builder()
                        .reconnect(Reconnect.exponential(Duration.ofMillis(10), Duration.ofMillis(50)))
                        .onOpen(opened -> opened.send("login", null, String.class))
                        .build());
    }

    @AfterEach
    void close() {
        client.close();
        server.close();
    }

    @Test
    void keepsTryingUntilTheServerIsBackThenRunsOnOpen() throws Exception {
        server.stop();
        await("reconnecting").atMost(Stages.REPLY_WAIT).until(() -> client.state() == ConnectionState.RECONNECTING);

        AtomicInteger attempts = new AtomicInteger();
        try (ServerSocket refuser = refuserOn(server.port())) {
            Thread acceptor = new Thread(() -> answerEachWithServiceUnavailable(refuser, attempts), "refuser");
            acceptor.setDaemon(true);
            acceptor.start();
            await("three handshakes answered 503").atMost(Stages.REPLY_WAIT).until(() -> attempts.get() >= 3);
            assertEquals(ConnectionState.RECONNECTING, client.state());
        }

        server.listen(server.port());

        await("open again").atMost(Stages.REPLY_WAIT).until(() -> server.logins.get() == 2);
        assertEquals(ConnectionState.OPEN, client.state());
    }

    /** Takes the channel's port while the server is down, answering every handshake 503. */
    private static ServerSocket refuserOn(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        return socket;
    }

    private static void answerEachWithServiceUnavailable(ServerSocket refuser, AtomicInteger attempts) {
        while (!refuser.isClosed()) {
            try (Socket attempt = refuser.accept()) {
                BufferedReader request =
                        new BufferedReader(new InputStreamReader(attempt.getInputStream(), StandardCharsets.US_ASCII));
                String header;
                do {
                    header = request.readLine();
                } while (header != null && !header.isEmpty());
                attempt.getOutputStream()
                        .write("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                                .getBytes(StandardCharsets.US_ASCII));
                attempts.incrementAndGet();
            } catch (IOException closed) {
                if (refuser.isClosed()) {
                    return;
                }
            }
        }
    }
}
