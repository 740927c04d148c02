package io.kanava.tck.wire;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A WebSocket client on a plain socket, for what the JDK's client cannot do: write many frames in one write, so that
 * the server's reads end wherever its buffers do, inside frames and inside their characters.
 */
public final class PipeliningClient implements AutoCloseable {

    private static final int TEXT = 0x1;
    private static final int CLOSE = 0x8;
    private static final int PING = 0x9;

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private PipeliningClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /**
     * Opens a connection with the opening handshake of RFC 6455.
     *
     * @param uri the channel's {@code ws://} address
     * @return the open connection
     * @throws IOException when the server does not switch protocols
     */
    public static PipeliningClient connect(URI uri) throws IOException {
        Socket socket = new Socket(uri.getHost(), uri.getPort());
        socket.setSoTimeout((int) WireClient.TIMEOUT.toMillis());
        socket.setTcpNoDelay(true);
        PipeliningClient client = new PipeliningClient(socket);
        byte[] nonce = new byte[16];
        ThreadLocalRandom.current().nextBytes(nonce);
        String request = "GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: "
                + Base64.getEncoder().encodeToString(nonce) + "\r\nSec-WebSocket-Version: 13\r\n\r\n";
        client.out.write(request.getBytes(StandardCharsets.US_ASCII));
        client.out.flush();
        String response = client.readHeaders();
        if (!response.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("The server did not switch to WebSocket: " + response);
        }
        return client;
    }

    /**
     * Sends text frames back to back in one write, as a client that pipelines its calls: the server's reads end
     * wherever its buffers do, often inside a frame.
     *
     * @param texts the frames' texts
     * @throws IOException when the connection fails
     */
    public void sendAtOnce(List<String> texts) throws IOException {
        ByteArrayOutputStream frames = new ByteArrayOutputStream();
        for (String text : texts) {
            frames.write(frame(text));
        }
        out.write(frames.toByteArray());
        out.flush();
    }

    /**
     * Sends a text frame and the first three of the six header bytes of an empty text frame in one write, then, after
     * a pause, the rest of that header and one more text frame: the server reads the empty frame's header in two
     * parts.
     *
     * @param before the frame before the empty one
     * @param after the frame after it
     * @param pause the pause between the writes
     * @throws IOException when the connection fails
     * @throws InterruptedException when interrupted while pausing
     */
    public void sendEmptyFrameCutInItsHeader(String before, String after, Duration pause)
            throws IOException, InterruptedException {
        byte[] empty = frame("");
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        first.writeBytes(frame(before));
        first.write(empty, 0, 3);
        out.write(first.toByteArray());
        out.flush();
        Thread.sleep(pause.toMillis());
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        second.write(empty, 3, empty.length - 3);
        second.writeBytes(frame(after));
        out.write(second.toByteArray());
        out.flush();
    }

    /** A masked text frame, as a client sends it. */
    private static byte[] frame(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.write(0x80 | TEXT);
        if (payload.length < 126) {
            header.write(0x80 | payload.length);
        } else if (payload.length <= 0xFFFF) {
            header.write(0x80 | 126);
            header.write(payload.length >>> 8);
            header.write(payload.length);
        } else {
            header.write(0x80 | 127);
            for (int shift = 56; shift >= 0; shift -= 8) {
                header.write((int) ((long) payload.length >>> shift));
            }
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        header.writeBytes(mask);
        for (int i = 0; i < payload.length; i++) {
            payload[i] ^= mask[i % 4];
        }
        header.writeBytes(payload);
        return header.toByteArray();
    }

    /**
     * Reads the server's next text frame, answering pings on the way.
     *
     * @return its text
     * @throws IOException when the connection fails or the server closes it (the message names the close code)
     */
    public String nextText() throws IOException {
        while (true) {
            int first = in.readUnsignedByte();
            int second = in.readUnsignedByte();
            long length = second & 0x7F;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = new byte[Math.toIntExact(length)];
            in.readFully(payload);
            int opcode = first & 0x0F;
            if (opcode == TEXT) {
                return new String(payload, StandardCharsets.UTF_8);
            }
            if (opcode == CLOSE) {
                int code = payload.length >= 2 ? ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF) : 1005;
                String reason = new String(
                        payload, Math.min(2, payload.length), Math.max(0, payload.length - 2), StandardCharsets.UTF_8);
                throw new IOException("The server closed the connection with " + code + " \"" + reason + "\"");
            }
            if (opcode == PING) {
                pong(payload);
            }
        }
    }

    private void pong(byte[] payload) throws IOException {
        out.write(0x80 | 0xA);
        out.write(0x80 | payload.length);
        out.write(new byte[4]); // a zero mask leaves the payload as it is
        out.write(payload);
        out.flush();
    }

    private String readHeaders() throws IOException {
        ByteArrayOutputStream headers = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("The server ended the connection during the handshake: " + headers);
            }
            headers.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        return headers.toString(StandardCharsets.US_ASCII);
    }

    /** Drops the connection. */
    @Override
    public void close() throws IOException {
        socket.close();
    }
}
