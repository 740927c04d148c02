package io.kanava.impl.asyncapi;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the type variables of a class stand for where it is used: the type arguments it was given, and those its
 * superclasses were given ({@code class TodoPage extends Page<Todo>}), substituted deeply ({@code Page<List<T>>}).
 */
final class TypeBindings {

    private TypeBindings() {}

    /**
     * Adds the bindings of a class's superclasses to its own.
     *
     * @param raw the class
     * @param own what its own type parameters stand for
     * @return the bindings of every type variable its properties may use
     */
    static Map<TypeVariable<?>, Type> of(Class<?> raw, Map<TypeVariable<?>, Type> own) {
        Map<TypeVariable<?>, Type> bindings = new LinkedHashMap<>(own);
        for (Class<?> c = raw; c.getSuperclass() != null; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType superclass) {
                TypeVariable<?>[] variables = c.getSuperclass().getTypeParameters();
                Type[] arguments = superclass.getActualTypeArguments();
                for (int i = 0; i < variables.length; i++) {
                    bindings.put(variables[i], substitute(arguments[i], bindings));
                }
            }
        }
        return bindings;
    }

    /**
     * Replaces the bound type variables inside a type.
     *
     * @param type a type that may use type variables
     * @param bindings what they stand for
     * @return the type with every bound variable replaced
     */
    static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable) {
            return bindings.getOrDefault(variable, variable);
        }
        if (type instanceof ParameterizedType parameterized) {
            Type[] arguments = Arrays.stream(parameterized.getActualTypeArguments())
                    .map(argument -> substitute(argument, bindings))
                    .toArray(Type[]::new);
            return new Parameterized((Class<?>) parameterized.getRawType(), arguments, parameterized.getOwnerType());
        }
        if (type instanceof GenericArrayType array) {
            Type component = substitute(array.getGenericComponentType(), bindings);
            return component instanceof Class<?> plain ? plain.arrayType() : new GenericArray(component);
        }
        if (type instanceof WildcardType wildcard && wildcard.getUpperBounds()[0] != Object.class) {
            return substitute(wildcard.getUpperBounds()[0], bindings);
        }
        return type;
    }

    /** A parameterized type made by substitution. */
    private record Parameterized(Class<?> raw, Type[] arguments, Type owner) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return owner;
        }

        @Override
        public String getTypeName() {
            return raw.getName()
                    + Arrays.stream(arguments).map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }

    /** A generic array type made by substitution. */
    private record GenericArray(Type component) implements GenericArrayType {

        @Override
        public Type getGenericComponentType() {
            return component;
        }

        @Override
        public String getTypeName() {
            return component.getTypeName() + "[]";
        }

        @Override
        public String toString() {
            return getTypeName();
        }
    }
}
