package io.kanava.sample.todos;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import io.kanava.ActionDefinition;
import io.kanava.ActionException;
import io.kanava.ChannelDefinition;
import io.kanava.DataType;
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
                .event(TodoEvent.TOPIC)
                .onConnect(connection -> hub.subscribe(TodoEvent.TOPIC, connection))
                .middleware((event, connection, next) -> {
                    if (!event.data().asJsonObject().getBoolean("internal", false)) {
                        next.forward(event);
                    }
                })
                .action(sessions.login())
                .action(sessions.logout())
                .action(ActionDefinition.of(
                                "list", Void.class, DataType.listOf(Todo.class), (input, context) -> store.all())
                        .auth(false))
                .action(
                        "create",
                        NewTodo.class,
                        Todo.class,
                        (input, context) ->
                                changed("created", store.add(input.text().strip())))
                .action(ActionDefinition.of(
                                "toggle",
                                TodoId.class,
                                Todo.class,
                                (input, context) -> changed(
                                        "toggled", store.toggle(input.id()).orElseThrow(() -> notFound(input))))
                        .errors("todo_not_found"))
                .action(ActionDefinition.of(
                                "delete",
                                TodoId.class,
                                (input, context) -> changed(
                                        "deleted", store.remove(input.id()).orElseThrow(() -> notFound(input))))
                        .permissions("admins", Permission.role("admin"))
                        .errors("todo_not_found"))
                .build();
    }

    private Todo changed(String kind, Todo todo) {
        hub.publish(TodoEvent.TOPIC, new TodoEvent(kind, todo, false));
        return todo;
    }

    private static ActionException notFound(TodoId input) {
        return new ActionException("todo_not_found", "No todo with id " + input.id());
    }
}
