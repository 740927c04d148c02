package io.kanava;

import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A topic of the {@link EventHub} with the type of its events' data, declared once and used everywhere the topic is,
 * so that the compiler checks what is published against what subscribers and clients expect:
 *
 * <pre>{@code
 * public record TodoEvent(String kind, Todo todo) {
 *     public static final Topic<TodoEvent> TOPIC = Topic.of("todos:updated", TodoEvent.class);
 * }
 *
 * ChannelDefinition.builder("todos").event(TodoEvent.TOPIC).onConnect(c -> hub.subscribe(TodoEvent.TOPIC, c))
 * hub.publish(TodoEvent.TOPIC, new TodoEvent("created", todo));   // a String here does not compile
 * }</pre>
 *
 * A channel that declares the topic with {@link ChannelDefinitionBuilder#event(Topic)} describes its events with
 * the type, in its AsyncAPI document and generated clients. Topics named by strings keep working; a {@code Topic}
 * is the same topic as its name.
 *
 * @param <T> the type of the events' data
 */
public final class Topic<T> {

    private final String name;
    private final Type type;

    private Topic(String name, Type type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * @param name the topic's name, such as {@code todos:updated}; also the event's name on the wire
     * @param type the class of its events' data
     * @param <T> that type
     * @return the topic
     */
    public static <T> Topic<T> of(String name, Class<T> type) {
        return new Topic<>(name, type);
    }

    /**
     * @param name the topic's name, such as {@code todos:updated}; also the event's name on the wire
     * @param type the generic type of its events' data, such as {@code DataType.listOf(Todo.class)}
     * @param <T> that type
     * @return the topic
     */
    public static <T> Topic<T> of(String name, DataType<T> type) {
        return new Topic<>(name, Objects.requireNonNull(type, "type").type());
    }

    /**
     * @return the topic's name
     */
    public String name() {
        return name;
    }

    /**
     * @return the type of its events' data, as JSON-B binds it
     */
    public Type type() {
        return type;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Topic<?> that && name.equals(that.name) && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + type.hashCode();
    }

    @Override
    public String toString() {
        return name + " (" + type.getTypeName() + ")";
    }
}
