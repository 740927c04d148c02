package io.kanava.sample;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonGenerator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.kanava.generator.GeneratedClient;
import io.kanava.generator.TypeScriptClientGenerator;
import io.kanava.impl.asyncapi.AsyncApiDocument;
import io.kanava.sample.chat.ChatChannelDefinition;
import io.kanava.sample.todos.TodoChannelDefinition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample's AsyncAPI document lists every channel, action, event and declared error, and its generated client is
 * written to {@code target/kanava/} (as the application serves them), where the TypeScript checks read them.
 */
class SampleDocumentTest {

    private static final Path OUTPUT = Path.of("target", "kanava");

    private static JsonObject document;
    private static GeneratedClient client;

    @BeforeAll
    static void describeAndGenerate() throws Exception {
        document = AsyncApiDocument.describe(
                        Json.createBuilderFactory(Map.of()),
                        "kanava-sample",
                        List.of(TodoChannelDefinition.declared(), ChatChannelDefinition.declared()))
                .json();
        client = new TypeScriptClientGenerator().generate(document);
        Files.createDirectories(OUTPUT);
        StringWriter text = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)
                .writeObject(document);
        Files.writeString(OUTPUT.resolve("asyncapi.json"), text.toString());
        Files.writeString(OUTPUT.resolve("client.ts"), client.typescript());
        Files.writeString(OUTPUT.resolve("client.js"), client.javascript());
        Files.writeString(OUTPUT.resolve("client.d.ts"), client.declarations());
    }

    private static JsonObject extensionOf(String operation) {
        return document.getJsonObject("operations").getJsonObject(operation).getJsonObject("x-kanava");
    }

    @Test
    void listsBothChannelsWithEveryActionAndEvent() {
        assertEquals(Set.of("todos", "chat"), document.getJsonObject("channels").keySet());
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
                document.getJsonObject("operations").keySet());
    }

    @Test
    void listsTheErrorsEachActionDeclares() {
        assertEquals(List.of("todo_not_found"), strings(extensionOf("todos.delete"), "errors"));
        assertEquals(List.of(), strings(extensionOf("todos.create"), "errors"));
        assertEquals(List.of("invalid_token"), strings(extensionOf("chat.login"), "errors"));
        assertEquals(List.of("invalid_token"), strings(extensionOf("todos.login"), "errors"));
        assertEquals(List.of("admin"), strings(extensionOf("todos.delete"), "roles"));
    }

    @Test
    void showsTheInputsConstraintsInTheirSchemas() {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        JsonObject text =
                schemas.getJsonObject("NewTodo").getJsonObject("properties").getJsonObject("text");
        assertEquals(1, text.getInt("minLength"), text::toString);
        assertEquals(200, text.getInt("maxLength"), text::toString);
        assertEquals(List.of("text"), strings(schemas.getJsonObject("NewTodo"), "required"));
        JsonObject limit = schemas.getJsonObject("HistoryRequest")
                .getJsonObject("properties")
                .getJsonObject("limit");
        assertEquals(1, limit.getInt("minimum"), limit::toString);
        assertEquals(100, limit.getInt("maximum"), limit::toString);
    }

    @Test
    void typesTheClientsActionsAndEvents() {
        String typescript = client.typescript();
        assertTrue(typescript.contains("\"list\": { input: void; output: Todo[]; errors: never };"), typescript);
        assertTrue(typescript.contains("\"todos:updated\": TodoEvent;"), typescript);
        assertTrue(typescript.contains("\"delete\": { input: TodoId; output: void; errors: \"todo_not_found\" };"));
    }

    private static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(JsonString::getString);
    }
}
