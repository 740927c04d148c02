package io.kanava.sample.todos;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/**
 * A todo as clients see it: {@code {"id": 1, "text": "Buy milk", "done": false}}.
 *
 * @param id the id the store gave it
 * @param text what is to be done
 * @param done whether it is done
 */
@JsonbPropertyOrder({"id", "text", "done"})
public record Todo(long id, String text, boolean done) {

    Todo toggled() {
        return new Todo(id, text, !done);
    }
}
