package io.kanava.sample.todos;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentNavigableMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the todos in memory, shared by every connection. Thread-safe; ids grow from 1, so keeping the todos sorted
 * by id keeps them in the order they were created. Everything is lost when the application stops.
 */
@ApplicationScoped
public class TodoStore {

    private final AtomicLong lastId = new AtomicLong();
    private final ConcurrentNavigableMap<Long, Todo> todos = new ConcurrentSkipListMap<>();

    /**
     * Returns every todo.
     *
     * @return a snapshot, oldest first
     */
    public List<Todo> all() {
        return List.copyOf(todos.values());
    }

    /**
     * Creates a todo that is not done yet.
     *
     * @param text what is to be done
     * @return the new todo, with its id
     */
    public Todo add(String text) {
        Todo todo = new Todo(lastId.incrementAndGet(), text, false);
        todos.put(todo.id(), todo);
        return todo;
    }

    /**
     * Flips the done flag of a todo.
     *
     * @param id the todo's id
     * @return the todo as it is now, or empty when there is no such todo
     */
    public Optional<Todo> toggle(long id) {
        return Optional.ofNullable(todos.computeIfPresent(id, (key, todo) -> todo.toggled()));
    }

    /**
     * Removes a todo.
     *
     * @param id the todo's id
     * @return the removed todo, or empty when there was no such todo
     */
    public Optional<Todo> remove(long id) {
        return Optional.ofNullable(todos.remove(id));
    }
}
