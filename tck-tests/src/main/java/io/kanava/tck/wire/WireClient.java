package io.kanava.tck.wire;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * A WebSocket client for the kit, on the JDK's {@link java.net.http.WebSocket}: it sends raw text frames and
 * collects every frame the server sends, so tests see exactly what is on the wire. Every wait is bounded by
 * {@link #TIMEOUT}.
 */
public final class WireClient implements AutoCloseable {

    /** How long any single wait of the kit lasts before the test fails. */
    public static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final WebSocket socket;
    private final WireListener listener;

    private WireClient(WebSocket socket, WireListener listener) {
        this.socket = socket;
        this.listener = listener;
    }

    /**
     * Opens a connection.
     *
     * @param uri the channel's {@code ws://} address
     * @param subprotocols subprotocols to offer, in order of preference
     * @return the open client
     * @throws Exception when the handshake fails or times out
     */
    public static WireClient connect(URI uri, String... subprotocols) throws Exception {
        return connect(uri, Map.of(), subprotocols);
    }

    /**
     * Opens a connection with extra handshake headers, such as {@code Authorization} or {@code Origin}.
     *
     * @param uri the channel's {@code ws://} address
     * @param headers the headers to add to the upgrade request
     * @param subprotocols subprotocols to offer, in order of preference
     * @return the open client
     * @throws Exception when the handshake fails or times out
     */
    public static WireClient connect(URI uri, Map<String, String> headers, String... subprotocols) throws Exception {
        return open(uri, headers, new WireListener(false), subprotocols);
    }

    /**
     * Opens a connection through an HTTP client of the test's own, so the upgrade carries the client's cookies and
     * the client keeps those the server sets in its 101 response (a container may rotate the session id when it
     * authenticates the upgrade).
     *
     * @param uri the channel's {@code ws://} address
     * @param http the HTTP client whose cookie handler takes part in the handshake
     * @param headers the headers to add to the upgrade request
     * @return the open client
     * @throws Exception when the handshake fails or times out
     */
    public static WireClient connect(URI uri, HttpClient http, Map<String, String> headers) throws Exception {
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(TIMEOUT);
        headers.forEach(builder::header);
        WireListener listener = new WireListener(false);
        return new WireClient(builder.buildAsync(uri, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS), listener);
    }

    /**
     * Opens a connection that reads nothing until {@link #resume()}: a client too slow to keep up. Frames pile up
     * in the socket buffers and then in the server's queue for this connection.
     *
     * @param uri the channel's {@code ws://} address
     * @return the open, paused client
     * @throws Exception when the handshake fails or times out
     */
    public static WireClient connectPaused(URI uri) throws Exception {
        return open(uri, Map.of(), new WireListener(true));
    }

    private static WireClient open(URI uri, Map<String, String> headers, WireListener listener, String... subprotocols)
            throws Exception {
        WebSocket.Builder builder = builder(headers);
        if (subprotocols.length > 0) {
            builder.subprotocols(
                    subprotocols[0],
                    List.of(subprotocols).subList(1, subprotocols.length).toArray(String[]::new));
        }
        WebSocket socket = builder.buildAsync(uri, listener).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        return new WireClient(socket, listener);
    }

    /**
     * Tries to open a connection and reports how the handshake failed.
     *
     * @param uri the address
     * @return the failure of the handshake
     * @throws AssertionError when the handshake succeeds
     */
    public static Throwable refusedHandshake(URI uri) throws InterruptedException, TimeoutException {
        return refusedHandshake(uri, Map.of());
    }

    /**
     * Tries to open a connection with extra handshake headers and reports how the handshake failed.
     *
     * @param uri the address
     * @param headers the headers to add to the upgrade request
     * @return the failure of the handshake
     * @throws AssertionError when the handshake succeeds
     */
    public static Throwable refusedHandshake(URI uri, Map<String, String> headers)
            throws InterruptedException, TimeoutException {
        try {
            WebSocket socket = builder(headers)
                    .buildAsync(uri, new WireListener(false))
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            socket.abort();
            throw new AssertionError("The handshake to " + uri + " succeeded");
        } catch (ExecutionException refused) {
            return refused.getCause();
        }
    }

    /**
     * The {@code Authorization} header of HTTP BASIC authentication.
     *
     * @param user the user name
     * @param password the password
     * @return a header map to pass to {@link #connect(URI, Map, String...)}
     */
    public static Map<String, String> basic(String user, String password) {
        String credentials = user + ":" + password;
        return Map.of(
                "Authorization",
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }

    private static WebSocket.Builder builder(Map<String, String> headers) {
        WebSocket.Builder builder =
                HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT);
        headers.forEach(builder::header);
        return builder;
    }

    /**
     * Waits until the server closes the connection.
     *
     * @return the close code and reason the server sent
     * @throws AssertionError when the connection is not closed in time
     */
    public CloseStatus awaitClose() throws InterruptedException {
        return awaitCloseAt().status();
    }

    /**
     * Waits until the server closes the connection and tells when its close frame arrived.
     *
     * @return the close code and reason, with the {@link System#nanoTime()} of their arrival
     * @throws AssertionError when the connection is not closed in time
     */
    public Closed awaitCloseAt() throws InterruptedException {
        CloseStatus status = awaitCloseStatus();
        return new Closed(status, listener.closedAt);
    }

    /**
     * A close and when it arrived.
     *
     * @param status the close code and reason
     * @param nanoTime the {@link System#nanoTime()} of its arrival
     */
    public record Closed(CloseStatus status, long nanoTime) {}

    private CloseStatus awaitCloseStatus() throws InterruptedException {
        try {
            return listener.closed.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException broken) {
            throw new AssertionError("The connection broke instead of closing", broken.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("The server did not close the connection within " + TIMEOUT);
        }
    }

    /**
     * A close frame received from the server.
     *
     * @param code the close code
     * @param reason the close reason
     */
    public record CloseStatus(int code, String reason) {}

    /**
     * Sends one text frame.
     *
     * @param text the frame
     */
    public void send(String text) throws Exception {
        socket.sendText(text, true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Sends one binary frame, which {@code kanava.v1} does not use.
     *
     * @param bytes the frame's payload
     */
    public void sendBinary(byte[] bytes) throws Exception {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /**
     * Waits for the next frame from the server.
     *
     * @return the frame as a JSON object
     * @throws AssertionError when none arrives in time or the connection closes
     */
    public JsonObject next() throws InterruptedException {
        return parse(nextText());
    }

    /**
     * Waits for the next frame from the server as raw text.
     *
     * @return the frame
     * @throws AssertionError when none arrives in time
     */
    public String nextText() throws InterruptedException {
        return nextReceived().text();
    }

    /**
     * Waits for the next frame from the server and tells when it arrived.
     *
     * @return the frame as a JSON object, with the {@link System#nanoTime()} of its arrival
     * @throws AssertionError when none arrives in time
     */
    public Arrival nextArrival() throws InterruptedException {
        WireListener.Received received = nextReceived();
        return new Arrival(parse(received.text()), received.nanoTime());
    }

    /**
     * A frame and the {@link System#nanoTime()} at which the client received it.
     *
     * @param frame the frame
     * @param nanoTime when it arrived
     */
    public record Arrival(JsonObject frame, long nanoTime) {}

    /**
     * Waits a while for the next frame, without failing when none comes.
     *
     * @param within how long to wait at most
     * @return the frame, or empty when none arrived in time
     */
    public Optional<JsonObject> poll(Duration within) throws InterruptedException {
        WireListener.Received received = listener.frames.poll(within.toMillis(), TimeUnit.MILLISECONDS);
        return received == null ? Optional.empty() : Optional.of(parse(received.text()));
    }

    private WireListener.Received nextReceived() throws InterruptedException {
        WireListener.Received received = listener.frames.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        if (received == null) {
            throw new AssertionError(
                    "No frame within " + TIMEOUT + (listener.closed.isDone() ? "; the connection closed" : ""));
        }
        return received;
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /**
     * Sends a frame and waits for the next frame.
     *
     * @param text the frame to send
     * @return the first frame that arrives after it
     */
    public JsonObject call(String text) throws Exception {
        send(text);
        return next();
    }

    /**
     * Returns the subprotocol the server accepted.
     *
     * @return the subprotocol, or an empty string when none
     */
    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /**
     * Tells whether the server has closed the connection, or the connection broke.
     *
     * @return {@code true} once a close frame or an error has been received
     */
    public boolean isClosedByServer() {
        return listener.closed.isDone();
    }

    /**
     * The close frame the server sent, if it has closed the connection.
     *
     * @return the close code and reason, empty while open or when the connection broke without one
     */
    public Optional<CloseStatus> closedWith() {
        if (!listener.closed.isDone() || listener.closed.isCompletedExceptionally()) {
            return Optional.empty();
        }
        return Optional.of(listener.closed.getNow(null));
    }

    /**
     * Describes how the connection stands, for the message of a failed assertion.
     *
     * @return {@code "open"}, the close code and reason the server sent, or how the connection broke
     */
    public String state() {
        if (!listener.closed.isDone()) {
            return "open";
        }
        return closedWith()
                .map(status -> "closed by the server with " + status.code() + " \"" + status.reason() + "\"")
                .orElseGet(() -> "broken: "
                        + listener.closed.handle((status, failure) -> failure).join());
    }

    /**
     * Starts reading again after {@link #connectPaused(URI)}.
     */
    public void resume() {
        listener.paused = false;
        socket.request(1);
    }

    /**
     * Drops the TCP connection without a close frame, as a client that vanishes.
     */
    public void abort() {
        socket.abort();
    }

    /**
     * Closes normally (1000) and waits for the server's close frame.
     */
    @Override
    public void close() throws Exception {
        try {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
            listener.closed.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException alreadyGone) {
            socket.abort();
        }
    }
}
