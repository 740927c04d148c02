package io.kanava.generator;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Follows the local references ({@code "$ref": "#/channels/todos/messages/create.call"}) of one document, and finds
 * the {@code data} schema inside a message's envelope.
 */
final class Pointers {

    private final JsonObject document;

    Pointers(JsonObject document) {
        this.document = document;
    }

    /**
     * Returns the object a member holds, or fails with the member's name.
     *
     * @param object the object
     * @param member the member
     * @return its value
     */
    JsonObject object(JsonObject object, String member) {
        JsonValue value = object.get(member);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new GeneratorException("the document has no object '" + member + "' where Kanava writes one");
        }
        return value.asJsonObject();
    }

    /**
     * Resolves an object that may be a local reference.
     *
     * @param value an object, or {@code {"$ref": "#/..."}}
     * @return the object referred to
     */
    JsonObject resolve(JsonObject value) {
        if (!value.containsKey("$ref")) {
            return value;
        }
        String reference = value.getString("$ref");
        if (!reference.startsWith("#/")) {
            throw new GeneratorException("only local references are supported, not '" + reference + "'");
        }
        JsonValue target = document;
        for (String token : reference.substring(2).split("/", -1)) {
            String key = token.replace("~1", "/").replace("~0", "~");
            if (target.getValueType() != JsonValue.ValueType.OBJECT
                    || !target.asJsonObject().containsKey(key)) {
                throw new GeneratorException("reference '" + reference + "' leads nowhere");
            }
            target = target.asJsonObject().get(key);
        }
        return resolve(target.asJsonObject());
    }

    /**
     * Returns the schema of a message's data.
     *
     * @param message a message of the document
     * @return the schema of its envelope's {@code data} member, or {@code null} when it has none
     */
    JsonObject data(JsonObject message) {
        JsonObject properties = object(object(message, "payload"), "properties");
        return properties.containsKey("data") ? properties.getJsonObject("data") : null;
    }
}
