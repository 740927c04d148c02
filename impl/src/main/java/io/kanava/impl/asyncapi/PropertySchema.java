package io.kanava.impl.asyncapi;

import java.util.Optional;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbDateFormat;
import jakarta.json.bind.annotation.JsonbNumberFormat;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * What a property's own JSON-B annotations change about its schema: an adapter or serializer makes it an open
 * schema; a number format makes it a string; a date format makes it a string in that pattern; a nillable property
 * may be {@code null}.
 */
final class PropertySchema {

    private final JsonBuilderFactory json;
    private final BoundProperty property;

    PropertySchema(JsonBuilderFactory json, BoundProperty property) {
        this.json = json;
        this.property = property;
    }

    /**
     * Returns the schema the property's annotations impose, if they impose one.
     *
     * @param open makes an open schema and reports it
     * @param where the property, for the report
     * @return the schema, or empty when the property's type decides
     */
    Optional<JsonObject> override(JsonSchemas.OpenSchemaFactory open, String where) {
        if (property.annotation(JsonbTypeAdapter.class).isPresent()
                || property.annotation(JsonbTypeSerializer.class).isPresent()
                || property.annotation(JsonbTypeDeserializer.class).isPresent()) {
            return Optional.of(
                    open.open(property.type().getTypeName(), where, "an adapter or serializer of its own writes it"));
        }
        Optional<JsonbNumberFormat> number = property.annotation(JsonbNumberFormat.class);
        if (number.isPresent()) {
            return Optional.of(string("a number formatted as '" + number.get().value() + "'"));
        }
        Optional<JsonbDateFormat> date = property.annotation(JsonbDateFormat.class);
        if (date.isPresent()
                && !JsonbDateFormat.DEFAULT_FORMAT.equals(date.get().value())) {
            return Optional.of(string("a date formatted as '" + date.get().value() + "'"));
        }
        return Optional.empty();
    }

    /**
     * Lets a schema also accept {@code null}.
     *
     * @param json the builders
     * @param schema the schema of the non-null values
     * @return a schema of those values or {@code null}
     */
    static JsonObject orNull(JsonBuilderFactory json, JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type != null && type.getValueType() == JsonValue.ValueType.STRING) {
            JsonObjectBuilder nullable = json.createObjectBuilder(schema)
                    .add("type", json.createArrayBuilder().add(type).add("null"));
            if (schema.containsKey("enum")) {
                nullable.add(
                        "enum",
                        json.createArrayBuilder(schema.getJsonArray("enum")).addNull());
            }
            return nullable.build();
        }
        if (schema.containsKey("$ref")) {
            return json.createObjectBuilder()
                    .add(
                            "oneOf",
                            json.createArrayBuilder()
                                    .add(schema)
                                    .add(json.createObjectBuilder().add("type", "null")))
                    .build();
        }
        return schema;
    }

    private JsonObject string(String description) {
        return json.createObjectBuilder()
                .add("type", "string")
                .add("description", description)
                .build();
    }
}
