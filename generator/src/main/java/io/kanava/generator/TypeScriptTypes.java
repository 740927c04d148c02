package io.kanava.generator;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Writes JSON Schemas as TypeScript types: {@code string}, {@code number}, {@code boolean}, {@code null}, literal
 * unions for {@code enum} and {@code const}, {@code T[]} for arrays, object types with optional members for what
 * is not {@code required}, index signatures for {@code additionalProperties}, unions for {@code oneOf}, and the name
 * of a named schema for a {@code $ref}. A schema that says nothing (an open schema) is {@code unknown}.
 */
final class TypeScriptTypes {

    private static final String COMPONENTS = "#/components/schemas/";
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    private final Map<String, String> names;

    private TypeScriptTypes(Map<String, String> names) {
        this.names = names;
    }

    /**
     * Names the schemas as TypeScript types, avoiding the names the runtime exports.
     *
     * @param schemas the schema names
     * @param reserved names already taken
     * @return the writer
     */
    static TypeScriptTypes naming(Set<String> schemas, Set<String> reserved) {
        Set<String> taken = new HashSet<>(reserved);
        Map<String, String> names = new LinkedHashMap<>();
        for (String schema : schemas) {
            String name = schema.replaceAll("[^A-Za-z0-9_$]", "_");
            if (!IDENTIFIER.matcher(name).matches()) {
                name = "_" + name;
            }
            while (!taken.add(name)) {
                name = name + "_";
            }
            names.put(schema, name);
        }
        return new TypeScriptTypes(names);
    }

    /**
     * Returns the TypeScript name of a named schema.
     *
     * @param schema the name under {@code components/schemas}
     * @return the type's name
     */
    String nameOf(String schema) {
        return names.get(schema);
    }

    /**
     * Writes a named schema as a declaration: an interface for an object with properties, else a type alias.
     *
     * @param schema the schema's name
     * @param definition the schema
     * @param declare the keyword before it ({@code export})
     * @return the declaration
     */
    String declaration(String schema, JsonObject definition, String declare) {
        String name = nameOf(schema);
        String comment = comment(definition, "");
        if ("object".equals(definition.getString("type", "")) && definition.containsKey("properties")) {
            return comment + declare + " interface " + name + " " + type(definition, "") + "\n";
        }
        return comment + declare + " type " + name + " = " + type(definition, "") + ";\n";
    }

    /**
     * Writes a schema as a type expression.
     *
     * @param schema the schema
     * @param indent the indentation of the line the expression starts on
     * @return the expression
     */
    String type(JsonObject schema, String indent) {
        if (schema.containsKey("$ref")) {
            String reference = schema.getString("$ref");
            String name = reference.startsWith(COMPONENTS) ? names.get(reference.substring(COMPONENTS.length())) : null;
            return name == null ? "unknown" : name;
        }
        if (schema.containsKey("const")) {
            return literal(schema.get("const"));
        }
        if (schema.containsKey("enum")) {
            return union(schema.getJsonArray("enum").stream()
                    .map(TypeScriptTypes::literal)
                    .toList());
        }
        for (String alternatives : List.of("oneOf", "anyOf")) {
            if (schema.containsKey(alternatives)) {
                return union(schema.getJsonArray(alternatives).stream()
                        .map(alternative -> type(alternative.asJsonObject(), indent))
                        .toList());
            }
        }
        JsonValue type = schema.get("type");
        if (type == null) {
            return "unknown";
        }
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return union(type.asJsonArray().stream()
                    .map(each -> ofType(((JsonString) each).getString(), schema, indent))
                    .toList());
        }
        return ofType(((JsonString) type).getString(), schema, indent);
    }

    private String ofType(String type, JsonObject schema, String indent) {
        return switch (type) {
            case "string" -> "string";
            case "integer", "number" -> "number";
            case "boolean" -> "boolean";
            case "null" -> "null";
            case "array" -> arrayOf(schema, indent);
            case "object" -> objectOf(schema, indent);
            default -> "unknown";
        };
    }

    private String arrayOf(JsonObject schema, String indent) {
        if (!schema.containsKey("items")) {
            return "unknown[]";
        }
        String item = type(schema.getJsonObject("items"), indent);
        return item.matches("[A-Za-z0-9_$]+") ? item + "[]" : "Array<" + item + ">";
    }

    private String objectOf(JsonObject schema, String indent) {
        JsonObject properties = schema.containsKey("properties") ? schema.getJsonObject("properties") : null;
        JsonValue additional = schema.get("additionalProperties");
        if (properties == null || properties.isEmpty()) {
            if (additional != null && additional.getValueType() == JsonValue.ValueType.OBJECT) {
                return "{ [key: string]: " + type(additional.asJsonObject(), indent) + " }";
            }
            return "{ [key: string]: unknown }";
        }
        Set<String> required = new LinkedHashSet<>();
        if (schema.containsKey("required")) {
            schema.getJsonArray("required").forEach(name -> required.add(((JsonString) name).getString()));
        }
        String inner = indent + "  ";
        List<String> members = new ArrayList<>();
        properties.forEach((name, value) -> members.add(comment(value.asJsonObject(), inner) + inner
                + propertyName(name) + (required.contains(name) ? "" : "?") + ": "
                + type(value.asJsonObject(), inner) + ";\n"));
        return "{\n" + String.join("", members) + indent + "}";
    }

    /**
     * Writes a property name, quoted when it is not an identifier.
     *
     * @param name the name
     * @return the name as TypeScript accepts it
     */
    static String propertyName(String name) {
        return IDENTIFIER.matcher(name).matches() ? name : quote(name);
    }

    /**
     * Quotes a string as a TypeScript (and JSON) string literal.
     *
     * @param text the text
     * @return the literal
     */
    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    private static String literal(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.STRING
                ? quote(((JsonString) value).getString())
                : value.toString();
    }

    private static String union(List<String> members) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(members));
        return distinct.isEmpty() ? "never" : String.join(" | ", distinct);
    }

    private static String comment(JsonObject schema, String indent) {
        String description = schema.getString("description", null);
        if (description == null || description.isBlank()) {
            return "";
        }
        return indent + "/** " + description.replace("*/", "*\\/").replace('\n', ' ') + " */\n";
    }
}
