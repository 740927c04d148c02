package io.kanava.impl.asyncapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.annotation.JsonbTypeAdapter;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * Turns Java types into JSON Schemas exactly as JSON-B's default mapping binds them. Classes and records become
 * named schemas under {@code components/schemas}, referenced with {@code $ref}, so nested and recursive types are
 * described once; collections, arrays, maps and {@code Optional} are described inline; type variables are resolved
 * from the parameterized type that uses them. What cannot be described exactly becomes an open schema ({@code {}},
 * any JSON value) and is reported through {@link #openSchemas()}.
 */
final class JsonSchemas {

    private static final String COMPONENTS = "#/components/schemas/";

    private final JsonBuilderFactory json;
    private final ConstraintKeywords constraints;
    private final ScalarSchemas scalars;
    private final SchemaNames names = new SchemaNames(Envelopes.CALL_ID);
    private final Map<String, JsonObject> components = new LinkedHashMap<>();
    private final List<OpenSchema> openSchemas = new ArrayList<>();

    JsonSchemas(JsonBuilderFactory json) {
        this.json = json;
        this.constraints = new ConstraintKeywords(json);
        this.scalars = new ScalarSchemas(json);
    }

    /**
     * Describes a type.
     *
     * @param type the type, as declared
     * @param where what uses it, for the warnings (such as {@code todos.create input})
     * @return its schema, a {@code $ref} for classes and records
     */
    JsonObject schemaOf(Type type, String where) {
        boolean optional = type == OptionalInt.class
                || type == OptionalLong.class
                || type == OptionalDouble.class
                || type instanceof ParameterizedType parameterized && parameterized.getRawType() == Optional.class;
        JsonObject schema = schemaOf(type, Map.of(), where);
        // an empty Optional is written as null where it is the whole payload (in a property, it is left out)
        return optional ? PropertySchema.orNull(json, schema) : schema;
    }

    /** The named schemas made so far, by name. */
    Map<String, JsonObject> components() {
        return components;
    }

    /** The types described with an open schema, each with where it is used and why. */
    List<OpenSchema> openSchemas() {
        return openSchemas;
    }

    private JsonObject schemaOf(Type type, Map<TypeVariable<?>, Type> bindings, String where) {
        if (type instanceof Class<?> raw) {
            return classSchema(raw, where);
        }
        if (type instanceof ParameterizedType parameterized) {
            return parameterizedSchema(parameterized, bindings, where);
        }
        if (type instanceof GenericArrayType array) {
            return arrayOf(array.getGenericComponentType(), bindings, where, false);
        }
        if (type instanceof TypeVariable<?> variable && bindings.get(variable) != null) {
            return schemaOf(bindings.get(variable), Map.of(), where);
        }
        if (type instanceof WildcardType wildcard && wildcard.getUpperBounds()[0] != Object.class) {
            return schemaOf(wildcard.getUpperBounds()[0], bindings, where);
        }
        return open(type.getTypeName(), where, "its type is not known where it is used");
    }

    private JsonObject classSchema(Class<?> raw, String where) {
        Optional<JsonObject> scalar = scalars.of(raw);
        if (scalar.isPresent()) {
            return scalar.get();
        }
        if (raw == byte[].class) {
            return arrayOf(byte.class, Map.of(), where, false);
        }
        if (raw.isArray()) {
            return arrayOf(raw.getComponentType(), Map.of(), where, false);
        }
        if (raw == Object.class || raw.getName().startsWith("jakarta.json.Json")) {
            return open(raw.getName(), where, "any JSON value can stand for it");
        }
        if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw) || raw == Optional.class) {
            return open(raw.getName(), where, "it is used without type arguments");
        }
        return objectSchema(raw, Map.of(), where);
    }

    private JsonObject parameterizedSchema(
            ParameterizedType parameterized, Map<TypeVariable<?>, Type> bindings, String where) {
        Class<?> raw = (Class<?>) parameterized.getRawType();
        Type[] arguments = parameterized.getActualTypeArguments();
        if (raw == Optional.class) {
            return schemaOf(arguments[0], bindings, where);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return arrayOf(arguments[0], bindings, where, Set.class.isAssignableFrom(raw));
        }
        if (Map.class.isAssignableFrom(raw)) {
            if (!namesProperties(arguments[0])) {
                return open(
                        parameterized.getTypeName(),
                        where,
                        "JSON-B writes a map whose keys are not strings, numbers or enum constants as a list of entries");
            }
            return json.createObjectBuilder()
                    .add("type", "object")
                    .add("additionalProperties", schemaOf(arguments[1], bindings, where))
                    .build();
        }
        Map<TypeVariable<?>, Type> own = new LinkedHashMap<>();
        TypeVariable<?>[] variables = raw.getTypeParameters();
        for (int i = 0; i < variables.length; i++) {
            own.put(variables[i], TypeBindings.substitute(arguments[i], bindings));
        }
        return objectSchema(raw, own, where);
    }

    /** Whether JSON-B writes a map with this key type as an object: strings, numbers and enum constants. */
    private static boolean namesProperties(Type key) {
        return key instanceof Class<?> raw
                && (raw == String.class || Number.class.isAssignableFrom(raw) || raw.isEnum());
    }

    private JsonObject objectSchema(Class<?> raw, Map<TypeVariable<?>, Type> bindings, String where) {
        if (raw.isAnnotationPresent(JsonbTypeAdapter.class)
                || raw.isAnnotationPresent(JsonbTypeSerializer.class)
                || raw.isAnnotationPresent(JsonbTypeDeserializer.class)) {
            return open(raw.getName(), where, "an adapter or serializer of its own writes it");
        }
        if (raw.isInterface() || Modifier.isAbstract(raw.getModifiers())) {
            return open(raw.getName(), where, "it is abstract: its JSON depends on the class of each value");
        }
        String name = names.nameOf(raw, bindings);
        if (!components.containsKey(name)) {
            components.put(name, json.createObjectBuilder().build());
            components.put(name, propertiesOf(raw, bindings, where));
        }
        return json.createObjectBuilder().add("$ref", COMPONENTS + name).build();
    }

    private JsonObject propertiesOf(Class<?> raw, Map<TypeVariable<?>, Type> own, String where) {
        Map<TypeVariable<?>, Type> bindings = TypeBindings.of(raw, own);
        JsonObjectBuilder properties = json.createObjectBuilder();
        var required = json.createArrayBuilder();
        boolean anyRequired = false;
        for (BoundProperty property : JsonbProperties.of(raw)) {
            String at = where + " > " + raw.getSimpleName() + "." + property.name();
            JsonObject schema = constraints.describe(
                    new PropertySchema(json, property)
                            .override(this::open, at)
                            .orElseGet(() -> schemaOf(property.type(), bindings, at)),
                    property.elements());
            properties.add(property.name(), property.nillable() ? PropertySchema.orNull(json, schema) : schema);
            if (property.required()) {
                required.add(property.name());
                anyRequired = true;
            }
        }
        JsonObjectBuilder schema =
                json.createObjectBuilder().add("type", "object").add("properties", properties);
        if (anyRequired) {
            schema.add("required", required);
        }
        return schema.build();
    }

    private JsonObject arrayOf(Type item, Map<TypeVariable<?>, Type> bindings, String where, boolean unique) {
        JsonObjectBuilder schema =
                json.createObjectBuilder().add("type", "array").add("items", schemaOf(item, bindings, where));
        if (unique) {
            schema.add("uniqueItems", true);
        }
        return schema.build();
    }

    private JsonObject open(String type, String where, String reason) {
        openSchemas.add(new OpenSchema(type, where, reason));
        return json.createObjectBuilder()
                .add("description", "Any JSON value: Kanava cannot describe " + type + " exactly (" + reason + ")")
                .build();
    }

    /** Makes an open schema, for {@link PropertySchema}. */
    @FunctionalInterface
    interface OpenSchemaFactory {
        JsonObject open(String type, String where, String reason);
    }
}
