package io.kanava.impl.asyncapi;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import io.kanava.ChannelDefinition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An application's channels are described as an AsyncAPI 3.0 document: channels, operations with replies, events. */
class AsyncApiDocumentTest {

    private final JsonObject document = AsyncApiDocument.describe(
                    Json.createBuilderFactory(Map.of()),
                    "shop",
                    List.of(ShopChannels.products(), ShopChannels.aisles()))
            .json();

    private JsonObject operation(String key) {
        return document.getJsonObject("operations").getJsonObject(key);
    }

    private JsonObject message(String channel, String key) {
        return document.getJsonObject("channels")
                .getJsonObject(channel)
                .getJsonObject("messages")
                .getJsonObject(key);
    }

    private static List<String> strings(JsonObject object, String member) {
        return object.getJsonArray(member).getValuesAs(JsonString::getString);
    }

    /** The listed codes of an error object; the schema also admits any other code a handler throws. */
    private static JsonObject knownCodes(JsonObject error) {
        JsonObject code = error.getJsonObject("properties").getJsonObject("code");
        assertEquals("string", code.getJsonArray("anyOf").getJsonObject(1).getString("type"));
        return code.getJsonArray("anyOf").getJsonObject(0);
    }

    @Test
    void isAnAsyncApi3DocumentWithOneChannelPerKanavaChannelAtItsRoute() {
        assertEquals("3.0.0", document.getString("asyncapi"));
        assertEquals("shop", document.getJsonObject("info").getString("title"));
        JsonObject aisles = document.getJsonObject("channels").getJsonObject("aisles");
        assertEquals("/stores/{store}/aisles", aisles.getString("address"));
        assertTrue(aisles.getJsonObject("parameters").containsKey("store"));
        assertEquals(
                "/channels/products",
                document.getJsonObject("channels").getJsonObject("products").getString("address"));
    }

    @Test
    void describesEachActionAsASendOperationWithAReplyAndAnErrorReply() {
        JsonObject get = operation("products.get");
        assertEquals("send", get.getString("action"));
        assertEquals("#/channels/products", get.getJsonObject("channel").getString("$ref"));
        assertEquals(
                "#/channels/products/messages/get.call",
                get.getJsonArray("messages").getJsonObject(0).getString("$ref"));
        List<String> replies = get.getJsonObject("reply").getJsonArray("messages").stream()
                .map(reference -> reference.asJsonObject().getString("$ref"))
                .toList();
        assertEquals(
                List.of("#/channels/products/messages/get.reply", "#/channels/products/messages/get.error"), replies);
        JsonObject call = message("products", "get.call").getJsonObject("payload");
        assertEquals(
                "get", call.getJsonObject("properties").getJsonObject("action").getString("const"));
        assertEquals(
                "integer",
                call.getJsonObject("properties").getJsonObject("data").getString("type"));
        JsonObject reply = message("products", "get.reply").getJsonObject("payload");
        assertEquals(
                "#/components/schemas/Product",
                reply.getJsonObject("properties").getJsonObject("data").getString("$ref"));
    }

    @Test
    void leavesDataOutOfVoidInputsAndOutputs() {
        assertFalse(message("products", "all.call")
                .getJsonObject("payload")
                .getJsonObject("properties")
                .containsKey("data"));
        assertEquals(
                "array",
                message("products", "all.reply")
                        .getJsonObject("payload")
                        .getJsonObject("properties")
                        .getJsonObject("data")
                        .getString("type"));
        assertFalse(message("products", "remove.reply")
                .getJsonObject("payload")
                .getJsonObject("properties")
                .containsKey("data"));
    }

    @Test
    void listsTheErrorCodesAnActionMayAnswerWithItsDeclaredOnes() {
        JsonObject error = message("products", "remove.error")
                .getJsonObject("payload")
                .getJsonObject("properties")
                .getJsonObject("error");
        assertEquals(
                List.of(
                        "unauthenticated",
                        "invalid_data",
                        "forbidden",
                        "internal",
                        "product_not_found",
                        "product_in_use"),
                strings(knownCodes(error), "enum"));
        JsonObject open = message("products", "get.error")
                .getJsonObject("payload")
                .getJsonObject("properties")
                .getJsonObject("error");
        assertEquals(List.of("invalid_data", "internal"), strings(knownCodes(open), "enum"));
    }

    @Test
    void statesAuthPermissionsAndRolesForReadersAndGenerators() {
        JsonObject remove = operation("products.remove");
        JsonObject extension = remove.getJsonObject("x-kanava");
        assertEquals("action", extension.getString("kind"));
        assertTrue(extension.getBoolean("auth"));
        assertEquals(List.of("admin", "seller"), strings(extension, "roles"));
        assertEquals(List.of("product_not_found", "product_in_use"), strings(extension, "errors"));
        assertEquals(
                List.of("role:seller", "custom"),
                strings(extension.getJsonArray("permissions").getJsonObject(1), "checks"));
        assertTrue(remove.getString("description").startsWith("Needs an identity."), remove.getString("description"));
        assertFalse(operation("products.get").getJsonObject("x-kanava").getBoolean("auth"));
    }

    @Test
    void describesEachDeclaredEventAsAReceiveOperation() {
        JsonObject changed = operation("products.event.products_changed");
        assertEquals("receive", changed.getString("action"));
        assertEquals("products:changed", changed.getJsonObject("x-kanava").getString("name"));
        JsonObject payload = message("products", "event.products_changed").getJsonObject("payload");
        assertEquals(
                "products:changed",
                payload.getJsonObject("properties").getJsonObject("event").getString("const"));
        assertFalse(payload.getJsonObject("properties").containsKey("id"), "events never carry an id");
    }

    @Test
    void keepsEveryPayloadTypeOnceUnderComponents() {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertTrue(
                schemas.keySet().containsAll(List.of("Product", "Variant", "Category", "KanavaCallId")),
                schemas::toString);
    }

    @Test
    void keepsEveryOperationWhenChannelNamesWithDotsWouldShareAKey() {
        JsonObject clashing = AsyncApiDocument.describe(
                        Json.createBuilderFactory(Map.of()),
                        "shop",
                        List.of(
                                ChannelDefinition.builder("a.event")
                                        .action("x", Void.class, Void.class, (input, context) -> null)
                                        .build(),
                                ChannelDefinition.builder("a")
                                        .event("x", String.class)
                                        .build()))
                .json();
        assertEquals(2, clashing.getJsonObject("operations").size(), clashing.getJsonObject("operations")::toString);
    }
}
