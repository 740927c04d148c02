package io.kanava.benchmarks.server.raw;

import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * The baseline of the on-server benchmark: the same three actions as {@code BenchChannel}, written by hand as a
 * plain JSR-356 endpoint would be. It reads each frame with the server's JSON-P (its provider looked up once),
 * answers on the receiving thread with {@code getBasicRemote().sendText}, and sends events the same way, one
 * subscriber after another, holding each session's lock so that a reply and an event are never written at once.
 */
@ServerEndpoint("/bench")
public class RawEndpoint {

    private static final Set<Session> SUBSCRIBERS = ConcurrentHashMap.newKeySet();

    /** Looked up once: {@code Json.createReader} would look the provider up again on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final JsonReaderFactory READERS = JSON.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = JSON.createBuilderFactory(Map.of());

    @OnMessage
    public void onMessage(Session session, String text) {
        JsonObject call;
        try (JsonReader reader = READERS.createReader(new StringReader(text))) {
            call = reader.readObject();
        }
        String action = call.getString("action");
        JsonObjectBuilder reply =
                BUILDERS.createObjectBuilder().add("id", call.get("id")).add("action", action);
        switch (action) {
            case "echo" -> reply.add("data", call.getJsonObject("data"));
            case "subscribe" -> SUBSCRIBERS.add(session);
            case "publish" -> publish(call.getJsonObject("data"));
            default ->
                reply.add(
                        "error",
                        BUILDERS.createObjectBuilder()
                                .add("code", "unknown_action")
                                .add("message", action));
        }
        send(session, reply.build().toString());
    }

    @OnClose
    public void onClose(Session session) {
        SUBSCRIBERS.remove(session);
    }

    @OnError
    public void onError(Session session, Throwable failure) {
        SUBSCRIBERS.remove(session);
    }

    private static void publish(JsonObject data) {
        String event = BUILDERS.createObjectBuilder()
                .add("event", "bench:tick")
                .add("data", data)
                .build()
                .toString();
        for (Session subscriber : SUBSCRIBERS) {
            send(subscriber, event);
        }
    }

    private static void send(Session session, String text) {
        synchronized (session) {
            try {
                session.getBasicRemote().sendText(text);
            } catch (IOException | IllegalStateException lost) {
                SUBSCRIBERS.remove(session); // the load generator counts what never arrived
            }
        }
    }
}
