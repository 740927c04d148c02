package io.kanava.sample.todos;

import io.kanava.Topic;

/**
 * The data of {@code todos:updated}: what happened to which todo.
 *
 * @param kind {@code created}, {@code toggled} or {@code deleted}
 * @param todo the todo as it is now (as it was, for {@code deleted})
 * @param internal {@code true} for changes made by back-office imports, which clients do not see
 */
public record TodoEvent(String kind, Todo todo, boolean internal) {

    /** The topic, and the event's name on the wire. */
    public static final Topic<TodoEvent> TOPIC = Topic.of("todos:updated", TodoEvent.class);
}
