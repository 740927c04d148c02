package io.kanava;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The type of an action's output (or of an event's data) where a {@code Class} cannot say it, such as
 * {@code List<Todo>}, kept with its Java type so that the handler's result is checked by the compiler:
 *
 * <pre>{@code
 * .action("list", Void.class, DataType.listOf(Todo.class), (input, context) -> store.all())
 * }</pre>
 *
 * Lists, sets and maps with string keys have factories; any other generic type is written as a subclass, as with
 * JSON-B's and CDI's type literals: {@code new DataType<Map<String, List<Todo>>>() {}}.
 *
 * @param <T> the Java type
 */
public class DataType<T> {

    private final Type type;

    /**
     * For a subclass that names the type as its type argument, {@code new DataType<List<Todo>>() {}}.
     *
     * @throws KanavaException {@code KNV1022} when the subclass does not give the type argument
     */
    protected DataType() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType parameterized)
                || parameterized.getRawType() != DataType.class
                || isOpen(parameterized.getActualTypeArguments()[0])) {
            throw new KanavaException(
                    "KNV1022",
                    getClass().getName() + " does not name its type: extend DataType directly with a concrete type "
                            + "as its argument, as in new DataType<List<Todo>>() {}");
        }
        this.type = parameterized.getActualTypeArguments()[0];
    }

    /** Whether a type still has a type variable or a wildcard, which JSON-B cannot bind. */
    private static boolean isOpen(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            return Arrays.stream(parameterized.getActualTypeArguments()).anyMatch(DataType::isOpen);
        }
        if (type instanceof GenericArrayType array) {
            return isOpen(array.getGenericComponentType());
        }
        return !(type instanceof Class<?>);
    }

    private DataType(Type type) {
        this.type = type;
    }

    /**
     * @param type a plain class
     * @param <T> its type
     * @return the class as a data type
     */
    public static <T> DataType<T> of(Class<T> type) {
        return new DataType<>(Objects.requireNonNull(type, "type"));
    }

    /**
     * @param element the elements' class
     * @param <E> their type
     * @return {@code List<E>}, a JSON array
     */
    public static <E> DataType<List<E>> listOf(Class<E> element) {
        return new DataType<>(new Parameterized(List.class, element));
    }

    /**
     * @param element the elements' class
     * @param <E> their type
     * @return {@code Set<E>}, a JSON array of distinct elements
     */
    public static <E> DataType<Set<E>> setOf(Class<E> element) {
        return new DataType<>(new Parameterized(Set.class, element));
    }

    /**
     * @param value the values' class
     * @param <V> their type
     * @return {@code Map<String, V>}, a JSON object
     */
    public static <V> DataType<Map<String, V>> mapOf(Class<V> value) {
        return new DataType<>(new Parameterized(Map.class, String.class, value));
    }

    /**
     * Returns the type as JSON-B binds it.
     *
     * @return the type
     */
    public Type type() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DataType<?> that && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type.getTypeName();
    }

    /** A generic type made by a factory: equal to the JDK's own for the same raw type and arguments. */
    private record Parameterized(Class<?> raw, Type... arguments) implements ParameterizedType {

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
            return null;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ParameterizedType that
                    && raw.equals(that.getRawType())
                    && that.getOwnerType() == null
                    && Arrays.equals(arguments, that.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(arguments) ^ raw.hashCode();
        }

        @Override
        public String toString() {
            return getTypeName();
        }

        @Override
        public String getTypeName() {
            StringBuilder name = new StringBuilder(raw.getName()).append('<');
            for (int i = 0; i < arguments.length; i++) {
                name.append(i == 0 ? "" : ", ").append(arguments[i].getTypeName());
            }
            return name.append('>').toString();
        }
    }
}
