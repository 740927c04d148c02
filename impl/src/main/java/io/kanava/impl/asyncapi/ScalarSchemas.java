package io.kanava.impl.asyncapi;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.util.Calendar;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.UUID;

import jakarta.json.JsonArray;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;

/**
 * The JSON Schemas of the types JSON-B writes as one JSON value of a fixed kind: booleans, numbers, strings,
 * {@code java.time} values (strings, with the JSON Schema {@code format} where JSON-B's default text matches it),
 * enums and the JSON-P structures.
 */
final class ScalarSchemas {

    private static final Map<Class<?>, String> INTEGER_FORMATS = Map.of(
            int.class,
            "int32",
            Integer.class,
            "int32",
            long.class,
            "int64",
            Long.class,
            "int64",
            short.class,
            "int32",
            Short.class,
            "int32",
            byte.class,
            "int32",
            Byte.class,
            "int32");

    private static final Map<Class<?>, String> STRING_FORMATS = Map.of(
            LocalDate.class, "date",
            OffsetDateTime.class, "date-time",
            Instant.class, "date-time",
            OffsetTime.class, "time",
            UUID.class, "uuid",
            URI.class, "uri",
            URL.class, "uri");

    private final JsonBuilderFactory json;

    ScalarSchemas(JsonBuilderFactory json) {
        this.json = json;
    }

    /**
     * Describes a class JSON-B writes as a single value.
     *
     * @param type the class
     * @return its schema, or empty when the class is written as an object or an array
     */
    Optional<JsonObject> of(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return Optional.of(typed("boolean").build());
        }
        if (INTEGER_FORMATS.containsKey(type)) {
            return Optional.of(
                    typed("integer").add("format", INTEGER_FORMATS.get(type)).build());
        }
        if (type == BigInteger.class || type == OptionalInt.class || type == OptionalLong.class) {
            return Optional.of(typed("integer").build());
        }
        if (type == float.class || type == Float.class || type == double.class || type == Double.class) {
            return Optional.of(typed("number")
                    .add("format", type.getSimpleName().toLowerCase())
                    .build());
        }
        if (type == BigDecimal.class || type == OptionalDouble.class || type == JsonNumber.class) {
            return Optional.of(typed("number").build());
        }
        if (type == char.class || type == Character.class) {
            return Optional.of(
                    typed("string").add("minLength", 1).add("maxLength", 1).build());
        }
        if (type == String.class || type == JsonString.class) {
            return Optional.of(typed("string").build());
        }
        if (type.isEnum()) {
            return Optional.of(enumeration(type));
        }
        if (type == JsonObject.class) {
            return Optional.of(typed("object").build());
        }
        if (type == JsonArray.class) {
            return Optional.of(typed("array").build());
        }
        return temporal(type);
    }

    private Optional<JsonObject> temporal(Class<?> type) {
        String format = STRING_FORMATS.get(type);
        if (format != null) {
            return Optional.of(typed("string").add("format", format).build());
        }
        boolean textual = type.getName().startsWith("java.time.")
                || Date.class.isAssignableFrom(type)
                || Calendar.class.isAssignableFrom(type);
        if (textual) {
            return Optional.of(typed("string")
                    .add("description", "ISO-8601 text of a " + type.getName())
                    .build());
        }
        return Optional.empty();
    }

    private JsonObject enumeration(Class<?> type) {
        var constants = json.createArrayBuilder();
        for (Object constant : type.getEnumConstants()) {
            constants.add(((Enum<?>) constant).name());
        }
        return typed("string").add("enum", constants).build();
    }

    private JsonObjectBuilder typed(String type) {
        return json.createObjectBuilder().add("type", type);
    }
}
