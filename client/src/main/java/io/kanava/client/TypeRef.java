package io.kanava.client;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.Objects;

/**
 * A Java type to bind JSON to, including generic ones that a {@code Class} cannot express. Capture a generic type
 * with an anonymous subclass, or wrap a class with {@link #of(Class)}:
 *
 * <pre>{@code
 * CompletionStage<List<Todo>> all = client.send("list", null, new TypeRef<List<Todo>>() {});
 * TypeRef<Todo> one = TypeRef.of(Todo.class);
 * }</pre>
 *
 * <p>{@code TypeRef.of(Void.class)} stands for a void action: its reply carries no data and completes with
 * {@code null}.
 *
 * @param <T> the type captured
 */
public abstract class TypeRef<T> {

    private final Type type;

    /**
     * Captures the type argument of the anonymous subclass being created.
     *
     * @throws IllegalArgumentException if the subclass does not give a concrete type argument, e.g. a raw
     *     {@code new TypeRef() {}} or a type variable {@code new TypeRef<T>() {}}
     */
    protected TypeRef() {
        Type superclass = getClass().getGenericSuperclass();
        if (!(superclass instanceof ParameterizedType parameterized)
                || parameterized.getActualTypeArguments()[0] instanceof TypeVariable) {
            throw new IllegalArgumentException("A TypeRef needs a concrete type argument, as in "
                    + "new TypeRef<List<Todo>>() {}; found " + superclass.getTypeName());
        }
        this.type = parameterized.getActualTypeArguments()[0];
    }

    private TypeRef(Class<T> type) {
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * Wraps a plain class.
     *
     * @param type the class to bind to
     * @param <T> the class's type
     * @return a reference to {@code type}
     */
    public static <T> TypeRef<T> of(Class<T> type) {
        return new TypeRef<T>(type) {};
    }

    /**
     * The captured type, as JSON-B takes it.
     *
     * @return the type
     */
    public final Type type() {
        return type;
    }

    /**
     * Whether this stands for a void reply ({@code Void.class}).
     *
     * @return {@code true} for {@code Void}
     */
    final boolean isVoid() {
        return type == Void.class;
    }

    @Override
    public final boolean equals(Object other) {
        return other instanceof TypeRef<?> ref && ref.type.equals(type);
    }

    @Override
    public final int hashCode() {
        return type.hashCode();
    }

    @Override
    public final String toString() {
        return type.getTypeName();
    }
}
