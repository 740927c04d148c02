package io.kanava.tck.sample;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import jakarta.json.bind.JsonbBuilder;

import org.junit.jupiter.api.Test;

import io.kanava.client.ClientOptions;
import io.kanava.client.KanavaClient;
import io.kanava.client.KanavaClientException;
import io.kanava.client.Subscription;
import io.kanava.client.TypeRef;
import io.kanava.tck.wire.ChannelAddress;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample, deployed unchanged, driven by the Java client as the clients guide shows it: a token from the
 * sample's login endpoint, the in-band login in {@code onOpen}, typed calls and events, and an error code for a call
 * the user may not make. The types are the client's own, as a client application would declare them.
 */
public class SampleDrivenByJavaClientTest extends SampleScenario {

    private static final Duration LIMIT = Duration.ofSeconds(30);

    /** The client's view of the sample's types: JSON-B binds them by name. */
    public record Login(String token) {}

    public record SignedIn(String subject, Set<String> roles) {}

    public record NewTodo(String text) {}

    public record TodoId(long id) {}

    public record Todo(long id, String text, boolean done) {}

    public record TodoEvent(String kind, Todo todo) {}

    public record Token(String token) {}

    @Test
    public void callsHearsEventsAndGetsErrorCodesAsTheGuideShows() throws Exception {
        String text = "From Java " + UUID.randomUUID().toString().substring(0, 8);
        Login login = new Login(tokenOf("bob", "bob-secret"));
        List<TodoEvent> heard = new CopyOnWriteArrayList<>();
        URI address = ChannelAddress.of(application, "channels/todos");

        KanavaClient todos = KanavaClient.connectAndAwait(
                address,
                ClientOptions.builder()
                        .callTimeout(Duration.ofSeconds(10)) // the default
                        .onOpen(client -> client.send("login", login, SignedIn.class)) // after every (re)connect
                        .build());
        try (todos) {
            Subscription events = todos.subscribe("todos:updated", TodoEvent.class, heard::add);
            Todo todo = todos.sendAndAwait("create", new NewTodo(text), Todo.class);
            CompletionStage<List<Todo>> all = todos.send("list", null, new TypeRef<List<Todo>>() {});
            CompletionStage<Void> delete = todos.send("delete", new TodoId(todo.id())); // bob is no admin

            assertEquals(text, todo.text());
            assertTrue(all.toCompletableFuture()
                    .get(LIMIT.toSeconds(), TimeUnit.SECONDS)
                    .contains(todo));
            CompletionException failed = assertThrows(CompletionException.class, () -> delete.toCompletableFuture()
                    .join());
            KanavaClientException refused = assertInstanceOf(KanavaClientException.class, failed.getCause());
            assertEquals("forbidden", refused.code());
            await("the created todo as an event")
                    .atMost(LIMIT)
                    .until(() -> heard.contains(new TodoEvent("created", todo)));
            events.close();
        }
    }

    private String tokenOf(String user, String password) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(application.toExternalForm() + "api/login"))
                                .timeout(LIMIT)
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString((user + ":" + password)
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        try (var jsonb = JsonbBuilder.create()) {
            return jsonb.fromJson(response.body(), Token.class).token();
        }
    }
}
