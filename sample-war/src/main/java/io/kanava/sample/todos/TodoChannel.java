package io.kanava.sample.todos;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.inject.Inject;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.EventHub;
import io.kanava.Permission;
import io.kanava.sample.security.SessionActions;

/**
 * Declares the {@code todos} channel, at {@code /channels/todos}, with the actions {@code login}, {@code logout},
 * {@code list}, {@code create}, {@code toggle} and {@code delete}. {@code list} is open to anyone; {@code create} and
 * {@code toggle} need an identity (an in-band session from {@code login}, or HTTP BASIC credentials on the upgrade
 * request where the server honours them); {@code delete} needs the role {@code admin}. Every connection hears each change as {@code todos:updated}, stamped with {@code sentAt} by the
 * global {@link AddSentAt}; the inline middleware keeps back-office ({@code internal}) changes from clients.
 */
@ApplicationScoped
public class TodoChannel {

    @Inject
    TodoStore store;

    @Inject
    EventHub hub;

    @Inject
    SessionActions sessions;

    @Produces
    ChannelDefinition todos() {
        return ChannelDefinition.builder("todos")
                .event(TodoEvent.TOPIC, TodoEvent.class)
                .onConnect(connection -> hub.subscribe(TodoEvent.TOPIC, connection))
                .middleware((event, connection, next) -> {
                    if (!event.data().asJsonObject().getBoolean("internal", false)) {
                        next.forward(event);
                    }
                })
                .action(sessions.login())
                .action(sessions.logout())
                .action(ActionDefinition.<Void, List<Todo>>builder("list")
                        .input(Void.class)
                        .output(new TypeLiteral<List<Todo>>() {}.getType())
                        .auth(false)
                        .handler((input, context) -> store.all())
                        .build())
                .action(ActionDefinition.<NewTodo, Todo>builder("create")
                        .input(NewTodo.class)
                        .output(Todo.class)
                        .errors("invalid_text")
                        .handler((input, context) -> changed("created", store.add(textOf(input))))
                        .build())
                .action(ActionDefinition.<TodoId, Todo>builder("toggle")
                        .input(TodoId.class)
                        .output(Todo.class)
                        .errors("invalid_id", "todo_not_found")
                        .handler((input, context) -> {
                            long id = idOf(input);
                            return changed("toggled", store.toggle(id).orElseThrow(() -> notFound(id)));
                        })
                        .build())
                .action(ActionDefinition.<TodoId, Void>builder("delete")
                        .input(TodoId.class)
                        .output(Void.class)
                        .permissions("admins", Permission.role("admin"))
                        .errors("invalid_id", "todo_not_found")
                        .handler((input, context) -> {
                            long id = idOf(input);
                            changed("deleted", store.remove(id).orElseThrow(() -> notFound(id)));
                            return null;
                        })
                        .build())
                .build();
    }

    private Todo changed(String kind, Todo todo) {
        hub.publish(TodoEvent.TOPIC, new TodoEvent(kind, todo, false));
        return todo;
    }

    private static String textOf(NewTodo input) {
        if (input == null || input.text() == null || input.text().isBlank()) {
            throw new ActionException("invalid_text", "A todo needs a non-blank 'text'");
        }
        return input.text().strip();
    }

    private static long idOf(TodoId input) {
        if (input == null || input.id() == null) {
            throw new ActionException("invalid_id", "Field 'id' is required");
        }
        return input.id();
    }

    private static ActionException notFound(long id) {
        return new ActionException("todo_not_found", "No todo with id " + id);
    }
}
