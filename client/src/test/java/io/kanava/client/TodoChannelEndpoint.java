package io.kanava.client;

import java.io.IOException;
import java.io.StringReader;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.CloseReason;
import jakarta.websocket.CloseReason.CloseCodes;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;

/**
 * One connection to the test todo channel: reads {@code {"id", "action", "data"}} and answers as a Kanava server
 * would, with actions that each exercise one part of the client. Public because Tyrus calls its callbacks by
 * reflection.
 */
public final class TodoChannelEndpoint extends Endpoint {

    private static final JsonProvider JSON = JsonProvider.provider();

    private final TodoChannelServer server;
    private volatile Session session;
    private volatile boolean loggedIn;

    TodoChannelEndpoint(TodoChannelServer server) {
        this.server = server;
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        session = opened;
        server.connections.incrementAndGet();
        server.subprotocols.add(opened.getNegotiatedSubprotocol());
        opened.addMessageHandler(String.class, this::onFrame);
        if (opened.getRequestParameterMap().containsKey("refuse")) {
            close(CloseCodes.VIOLATED_POLICY);
        }
    }

    @Override
    public void onClose(Session closed, CloseReason reason) {
        server.closeCodes.add(reason.getCloseCode().getCode());
    }

    private void onFrame(String text) {
        JsonObject frame = JSON.createReader(new StringReader(text)).readObject();
        String id = frame.getString("id");
        String action = frame.getString("action");
        JsonValue data = frame.get("data");
        switch (action) {
            case "create" ->
                reply(id, action, "{\"id\":12,\"text\":" + data.asJsonObject().get("text") + ",\"done\":false}");
            case "list" ->
                reply(id, action, "[{\"id\":1,\"text\":\"Buy milk\",\"done\":true},{\"id\":2,\"text\":\"Walk\"}]");
            case "delete" -> send("{\"id\":\"" + id + "\",\"action\":\"delete\"}");
            case "frame" -> reply(id, action, JSON.createValue(text).toString());
            case "echo" -> reply(id, action, String.valueOf(data));
            case "shuffle" ->
                later(ThreadLocalRandom.current().nextInt(20), () -> reply(id, action, String.valueOf(data)));
            case "slow" ->
                later(data.asJsonObject().getInt("millis"), () -> {
                    reply(id, action, "{\"id\":99,\"text\":\"late\",\"done\":false}");
                    server.lateReplies.incrementAndGet();
                });
            case "malformed" -> reply(id, action, "\"not a todo\"");
            case "fail" ->
                send("{\"id\":\"" + id + "\",\"action\":\"fail\",\"error\":{\"code\":\"todo_not_found\","
                        + "\"message\":\"No todo 3\",\"errorId\":\"E-42\",\"hint\":{\"later\":true},"
                        + "\"violations\":[{\"path\":\"id\",\"message\":\"must exist\"}]}}");
            case "publish" -> publish(id, data);
            case "login" -> login(id);
            case "whoami" -> whoami(id);
            case "noise" -> noise(id);
            case "drop" -> close(CloseCodes.GOING_AWAY);
            case "kick" -> close(CloseCodes.VIOLATED_POLICY);
            default -> error(id, action, "unknown_action", "No action " + action);
        }
    }

    private void publish(String id, JsonValue data) {
        JsonObject request = data.asJsonObject();
        for (int n = 0; n < request.getInt("count"); n++) {
            send("{\"event\":" + request.get("event") + ",\"data\":{\"kind\":\"created\",\"todo\":{\"id\":" + n
                    + ",\"text\":\"todo " + n + "\",\"done\":false}}}");
        }
        send("{\"id\":\"" + id + "\",\"action\":\"publish\"}");
    }

    private void login(String id) {
        loggedIn = true;
        server.logins.incrementAndGet();
        reply(id, "login", "\"ada\"");
    }

    private void whoami(String id) {
        if (loggedIn) {
            reply(id, "whoami", "\"ada\"");
        } else {
            error(id, "whoami", "unauthenticated", "Log in first");
        }
    }

    private void noise(String id) {
        send("not json");
        send("[1,2,3]");
        send("{\"id\":\"999999\",\"action\":\"noise\",\"data\":\"a reply to no call\"}");
        send("{\"id\":\"424242\",\"event\":\"todos:updated\",\"data\":null}");
        send("{\"unknown\":true}");
        send("{\"id\":\"" + id + "\",\"action\":\"noise\",\"data\":\"quiet now\",\"position\":17}");
    }

    private void reply(String id, String action, String data) {
        send("{\"id\":\"" + id + "\",\"action\":\"" + action + "\",\"data\":" + data + "}");
    }

    private void error(String id, String action, String code, String message) {
        send("{\"id\":\"" + id + "\",\"action\":\"" + action + "\",\"error\":{\"code\":\"" + code + "\",\"message\":\""
                + message + "\"}}");
    }

    private void later(int millis, Runnable task) {
        server.delays.schedule(task, millis, TimeUnit.MILLISECONDS);
    }

    private void send(String text) {
        synchronized (this) {
            try {
                session.getBasicRemote().sendText(text);
            } catch (IOException | IllegalStateException gone) {
                // the client left; nothing to answer
            }
        }
    }

    private void close(CloseCodes code) {
        try {
            session.close(new CloseReason(code, "test"));
        } catch (IOException gone) {
            // already closed
        }
    }
}
