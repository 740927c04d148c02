package io.kanava.tck.sample;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample, deployed unchanged, serves an AsyncAPI document that the official {@code @asyncapi/parser} accepts
 * without an error, and that lists every channel, action, event and declared error of the sample. The document of
 * each server is kept in {@code target/sample-asyncapi/}.
 */
public class SampleDocumentParsesTest extends SampleScenario {

    private static final Duration LIMIT = Duration.ofSeconds(60);

    private JsonObject servedDocument(Path keptAt) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(application.toExternalForm() + "kanava/asyncapi.json"))
                                .timeout(LIMIT)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        Files.createDirectories(keptAt.getParent());
        Files.writeString(keptAt, response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    public void servesADocumentTheAsyncApiParserAcceptsListingEverythingTheSampleDeclares() throws Exception {
        Path kept = Path.of("target", "sample-asyncapi", System.getProperty("arquillian.launch", "server") + ".json")
                .toAbsolutePath();
        JsonObject document = servedDocument(kept);

        CommandRun parsed =
                CommandRun.of(List.of("node", "scripts/parse-asyncapi.mjs", kept.toString()), Map.of(), LIMIT);
        assertEquals(0, parsed.exitCode(), parsed.output());
        assertTrue(parsed.output().contains("0 errors"), parsed.output());

        assertEquals(Set.of("todos", "chat"), document.getJsonObject("channels").keySet());
        JsonObject operations = document.getJsonObject("operations");
        assertEquals(
                Set.of(
                        "todos.login",
                        "todos.logout",
                        "todos.list",
                        "todos.create",
                        "todos.toggle",
                        "todos.delete",
                        "todos.event.todos_updated",
                        "chat.login",
                        "chat.logout",
                        "chat.send",
                        "chat.history",
                        "chat.event.chat_message"),
                operations.keySet());
        assertEquals(List.of("todo_not_found"), errorsOf(operations, "todos.delete"));
        assertEquals(List.of("invalid_token"), errorsOf(operations, "chat.login"));
        assertEquals(List.of("invalid_token"), errorsOf(operations, "todos.login"));
        assertEquals(List.of(), errorsOf(operations, "chat.send"));
    }

    private static List<String> errorsOf(JsonObject operations, String operation) {
        return operations
                .getJsonObject(operation)
                .getJsonObject("x-kanava")
                .getJsonArray("errors")
                .getValuesAs(JsonString::getString);
    }
}
