package io.kanava.impl.asyncapi;

import java.util.Collection;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/**
 * The schemas of {@code kanava.v1} frames around an action's or event's data: a call, its reply, its error
 * reply, and an event. The {@code data} member carries the application's schema; a void input or output has none.
 */
final class Envelopes {

    /** The schema of a call id, shared by every call and reply. */
    static final String CALL_ID = "KanavaCallId";

    private final JsonBuilderFactory json;

    Envelopes(JsonBuilderFactory json) {
        this.json = json;
    }

    /** Adds the shared schemas of the envelope to {@code components/schemas}. */
    void addSharedSchemas(JsonObjectBuilder schemas) {
        schemas.add(
                CALL_ID,
                json.createObjectBuilder()
                        .add("description", "Chosen by the client and echoed in the answer")
                        .add(
                                "oneOf",
                                json.createArrayBuilder()
                                        .add(json.createObjectBuilder()
                                                .add("type", "string")
                                                .add("maxLength", 64))
                                        .add(json.createObjectBuilder().add("type", "integer"))));
    }

    JsonObject call(String action, JsonObject data) {
        return envelope("action", action, data, true);
    }

    JsonObject reply(String action, JsonObject data) {
        return envelope("action", action, data, true);
    }

    JsonObject event(String event, JsonObject data) {
        return envelope("event", event, data, false);
    }

    /**
     * The error reply of an action. Its {@code code} is one of those listed or another code a handler threw (a
     * declared list documents, it does not restrict), so the schema names the known codes without closing the set.
     */
    JsonObject error(String action, Collection<String> codes) {
        JsonObject code = json.createObjectBuilder()
                .add(
                        "anyOf",
                        json.createArrayBuilder()
                                .add(json.createObjectBuilder()
                                        .add("type", "string")
                                        .add("enum", json.createArrayBuilder(codes)))
                                .add(string()))
                .add("description", "The codes this action is known to answer are listed; a handler may throw others")
                .build();
        JsonObject error = json.createObjectBuilder()
                .add("type", "object")
                .add(
                        "properties",
                        json.createObjectBuilder()
                                .add("code", code)
                                .add("message", string())
                                .add(
                                        "errorId",
                                        json.createObjectBuilder()
                                                .add("type", "string")
                                                .add(
                                                        "description",
                                                        "Set with code internal; the same id is in the server log")))
                .add("required", json.createArrayBuilder().add("code").add("message"))
                .build();
        return json.createObjectBuilder(envelope("action", action, null, true))
                .add(
                        "properties",
                        json.createObjectBuilder(properties("action", action, true))
                                .add("error", error))
                .add("required", json.createArrayBuilder().add("action").add("error"))
                .build();
    }

    private JsonObject envelope(String kind, String name, JsonObject data, boolean withId) {
        JsonObjectBuilder properties = json.createObjectBuilder(properties(kind, name, withId));
        var required = json.createArrayBuilder().add(kind);
        if (data != null) {
            properties.add("data", data);
            required.add("data");
        }
        return json.createObjectBuilder()
                .add("type", "object")
                .add("properties", properties)
                .add("required", required)
                .build();
    }

    private JsonObject properties(String kind, String name, boolean withId) {
        JsonObjectBuilder properties = json.createObjectBuilder();
        if (withId) {
            properties.add("id", reference(CALL_ID));
        }
        return properties
                .add(kind, json.createObjectBuilder().add("type", "string").add("const", name))
                .build();
    }

    private JsonObject reference(String schema) {
        return json.createObjectBuilder()
                .add("$ref", "#/components/schemas/" + schema)
                .build();
    }

    private JsonObject string() {
        return json.createObjectBuilder().add("type", "string").build();
    }
}
