package io.kanava.sample.todos;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.kanava.EventHub;

/**
 * {@code POST /api/todos} {@code {"text": …}} adds a todo from outside any channel, and every connected client
 * hears of it through the EventHub. {@code ?internal=true} marks a back-office import, whose event the channel's
 * middleware keeps from clients.
 */
@Path("todos")
@RequestScoped
public class TodoResource {

    @Inject
    TodoStore store;

    @Inject
    EventHub hub;

    /**
     * Adds a todo.
     *
     * @param input the new todo
     * @param internal whether clients should not be told
     * @return the todo
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Todo create(NewTodo input, @QueryParam("internal") boolean internal) {
        if (input == null || input.text() == null || input.text().isBlank()) {
            throw new BadRequestException("A todo needs a non-blank 'text'");
        }
        Todo todo = store.add(input.text().strip());
        hub.publish(TodoEvent.TOPIC, new TodoEvent("created", todo, internal));
        return todo;
    }
}
