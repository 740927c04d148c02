package io.kanava.impl.asyncapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names the schemas of classes under {@code components/schemas}: the simple name ({@code Todo}), {@code Of} and the
 * type arguments for a generic class ({@code PageOfTodo}), and the full name when two classes share a simple name.
 * One type always gets the same name.
 */
final class SchemaNames {

    private final Map<String, String> byIdentity = new HashMap<>();
    private final Map<String, String> byName = new HashMap<>();

    /**
     * Creates the names of one document.
     *
     * @param reserved names the document already uses for schemas of its own
     */
    SchemaNames(String... reserved) {
        for (String name : reserved) {
            byName.put(name, "reserved");
        }
    }

    /**
     * Names a class, with the types its type parameters stand for.
     *
     * @param raw the class
     * @param bindings its type parameters' types, empty for a plain class
     * @return its schema name, made only of letters, digits, dots and underscores
     */
    String nameOf(Class<?> raw, Map<TypeVariable<?>, Type> bindings) {
        String identity = identity(raw, bindings);
        return byIdentity.computeIfAbsent(identity, key -> {
            String name = legal(shortName(raw, bindings));
            if (byName.putIfAbsent(name, identity) != null) {
                name = legal(identity);
                byName.put(name, identity);
            }
            return name;
        });
    }

    /** A name AsyncAPI accepts as a component key: letters, digits, dots, hyphens and underscores (ASCII). */
    private static String legal(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    private static String identity(Class<?> raw, Map<TypeVariable<?>, Type> bindings) {
        if (bindings.isEmpty()) {
            return raw.getName();
        }
        return raw.getName()
                + bindings.values().stream().map(Type::getTypeName).collect(Collectors.joining(",", "<", ">"));
    }

    private static String shortName(Class<?> raw, Map<TypeVariable<?>, Type> bindings) {
        StringBuilder name = new StringBuilder(raw.getSimpleName());
        bindings.values().forEach(argument -> name.append("Of").append(simpleNameOf(argument)));
        return name.toString();
    }

    private static String simpleNameOf(Type type) {
        if (type instanceof Class<?> raw) {
            return raw.isArray() ? simpleNameOf(raw.getComponentType()) + "Array" : raw.getSimpleName();
        }
        if (type instanceof ParameterizedType parameterized) {
            return simpleNameOf(parameterized.getRawType())
                    + Stream.of(parameterized.getActualTypeArguments())
                            .map(argument -> "Of" + simpleNameOf(argument))
                            .collect(Collectors.joining());
        }
        return type.getTypeName().replaceAll("[^A-Za-z0-9]", "");
    }
}
