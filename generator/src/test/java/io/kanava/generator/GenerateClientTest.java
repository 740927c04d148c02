package io.kanava.generator;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line writes the three forms of a document's client, and explains what it cannot read. */
class GenerateClientTest {

    private static final String DOCUMENT =
            """
            {"asyncapi": "3.0.0", "info": {"title": "shop", "version": "1.0.0"},
             "channels": {"carts": {"address": "/carts/{cart}",
               "messages": {
                 "add.call": {"payload": {"type": "object", "properties": {"action": {"const": "add"},
                   "data": {"$ref": "#/components/schemas/Line"}}}},
                 "add.reply": {"payload": {"type": "object", "properties": {"action": {"const": "add"},
                   "data": {"type": "integer"}}}},
                 "event.cart_changed": {"payload": {"type": "object", "properties": {"event": {"const": "cart:changed"},
                   "data": {"$ref": "#/components/schemas/Line"}}}}},
               "x-kanava": {"name": "carts", "auth": true, "parameters": ["cart"]}}},
             "operations": {
               "carts.add": {"action": "send", "channel": {"$ref": "#/channels/carts"},
                 "messages": [{"$ref": "#/channels/carts/messages/add.call"}],
                 "reply": {"messages": [{"$ref": "#/channels/carts/messages/add.reply"}]},
                 "x-kanava": {"kind": "action", "channel": "carts", "name": "add", "errors": ["sold_out"]}},
               "carts.event.cart_changed": {"action": "receive", "channel": {"$ref": "#/channels/carts"},
                 "messages": [{"$ref": "#/channels/carts/messages/event.cart_changed"}],
                 "x-kanava": {"kind": "event", "channel": "carts", "name": "cart:changed"}}},
             "components": {"schemas": {"Line": {"type": "object", "properties": {"sku": {"type": "string"}},
               "required": ["sku"]}}}}
            """;

    @Test
    void writesTheClientAsTypeScriptJavaScriptAndDeclarations(@TempDir Path directory) throws Exception {
        Path document = directory.resolve("asyncapi.json");
        Files.writeString(document, DOCUMENT);

        GenerateClient.generate(document.toString(), directory.resolve("out"));

        String typescript = Files.readString(directory.resolve("out/client.ts"));
        assertTrue(typescript.contains("params: { cart: string; };"), typescript);
        assertTrue(typescript.contains("\"add\": { input: Line; output: number; errors: \"sold_out\" };"), typescript);
        assertTrue(typescript.contains("\"cart:changed\": Line;"), typescript);
        assertTrue(typescript.contains("export class KanavaChannel"), "the runtime is inlined");
        String javascript = Files.readString(directory.resolve("out/client.js"));
        assertTrue(javascript.contains("\"carts\": \"/carts/{cart}\""), javascript);
        assertTrue(!javascript.contains("interface "), "the JavaScript form has no types");
        String declarations = Files.readString(directory.resolve("out/client.d.ts"));
        assertTrue(declarations.contains("export declare function connect<C extends keyof Channels>"));
    }

    @Test
    void explainsADocumentItCannotRead(@TempDir Path directory) throws Exception {
        Path notJson = directory.resolve("broken.json");
        Files.writeString(notJson, "{\"asyncapi\": ");
        GeneratorException broken =
                assertThrows(GeneratorException.class, () -> GenerateClient.generate(notJson.toString(), directory));
        assertTrue(broken.getMessage().contains("is not a JSON object"), broken.getMessage());

        Path foreign = directory.resolve("foreign.json");
        Files.writeString(foreign, "{\"asyncapi\": \"3.0.0\"}");
        GeneratorException notKanava =
                assertThrows(GeneratorException.class, () -> GenerateClient.generate(foreign.toString(), directory));
        assertTrue(notKanava.getMessage().contains("'channels'"), notKanava.getMessage());
    }

    @Test
    void renamesAPayloadTypeThatWouldShadowAGlobalTypeTheClientUses(@TempDir Path directory) throws Exception {
        Path document = directory.resolve("asyncapi.json");
        Files.writeString(document, DOCUMENT.replace("Line", "Record"));

        GenerateClient.generate(document.toString(), directory.resolve("out"));

        String typescript = Files.readString(directory.resolve("out/client.ts"));
        assertTrue(typescript.contains("export interface Record_ {"), typescript);
        assertTrue(typescript.contains("\"add\": { input: Record_; output: number;"), typescript);
    }

    @Test
    void explainsADocumentWithAnUnexpectedShape(@TempDir Path directory) throws Exception {
        Path odd = directory.resolve("odd.json");
        Files.writeString(odd, DOCUMENT.replace("\"address\": \"/carts/{cart}\"", "\"address\": 7"));
        GeneratorException unexpected =
                assertThrows(GeneratorException.class, () -> GenerateClient.generate(odd.toString(), directory));
        assertTrue(unexpected.getMessage().startsWith("the document is not one"), unexpected.getMessage());
    }
}
