package io.kanava.sample.todos;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TodoStoreTest {

    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(10);

    private final TodoStore store = new TodoStore();

    @Test
    void listsNewTodosUndoneInTheOrderTheyWereCreated() {
        Todo milk = store.add("Buy milk");
        Todo bread = store.add("Buy bread");

        assertEquals(List.of(new Todo(1, "Buy milk", false), new Todo(2, "Buy bread", false)), store.all());
        assertEquals(List.of(milk, bread), store.all());
    }

    @Test
    void togglesTheDoneFlagOfAnExistingTodo() {
        Todo milk = store.add("Buy milk");

        assertEquals(Optional.of(new Todo(milk.id(), "Buy milk", true)), store.toggle(milk.id()));
        assertEquals(Optional.of(milk), store.toggle(milk.id()));
        assertEquals(List.of(milk), store.all());
    }

    @Test
    void removesOnlyTheGivenTodo() {
        Todo milk = store.add("Buy milk");
        Todo bread = store.add("Buy bread");

        assertTrue(store.remove(milk.id()).isPresent());

        assertEquals(List.of(bread), store.all());
    }

    @Test
    void reportsAnUnknownIdInsteadOfChangingAnything() {
        Todo milk = store.add("Buy milk");

        assertEquals(Optional.empty(), store.toggle(42));
        assertFalse(store.remove(42).isPresent());
        assertEquals(List.of(milk), store.all());
    }

    @Test
    void givesEveryTodoCreatedConcurrentlyItsOwnId() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Todo>> created = IntStream.range(0, 400)
                    .mapToObj(i -> writers.submit(() -> store.add("Todo " + i)))
                    .toList();
            for (Future<Todo> todo : created) {
                todo.get(WRITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            writers.shutdownNow();
        }

        List<Long> ids = store.all().stream().map(Todo::id).toList();
        assertEquals(idsFromOneTo(400), ids);
    }

    private static List<Long> idsFromOneTo(int last) {
        return IntStream.rangeClosed(1, last).mapToObj(Long::valueOf).toList();
    }
}
