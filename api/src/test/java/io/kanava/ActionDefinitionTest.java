package io.kanava;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every option of an action is reachable from its one-line form, and each option leaves the original unchanged. */
class ActionDefinitionTest {

    record Todo(long id, String text) {}

    record TodoId(long id) {}

    private static final ActionContext CONTEXT = new ActionContext() {
        @Override
        public Connection connection() {
            return null;
        }

        @Override
        public String action() {
            return "test";
        }

        @Override
        public Optional<String> id() {
            return Optional.of("1");
        }
    };

    @Test
    void aVoidActionRunsItsHandlerAndRepliesWithoutData() throws Exception {
        List<Long> removed = new ArrayList<>();
        ActionDefinition<TodoId, Void> delete =
                ActionDefinition.of("delete", TodoId.class, (input, context) -> removed.add(input.id()));
        assertEquals(Void.class, delete.outputType());
        assertTrue(delete.isVoid());
        assertNull(delete.handler().handle(new TodoId(7), CONTEXT));
        assertEquals(List.of(7L), removed);
    }

    @Test
    void aVoidHandlersFailureReachesTheCaller() {
        ActionDefinition<TodoId, Void> delete = ActionDefinition.of("delete", TodoId.class, (input, context) -> {
            throw new ActionException("todo_not_found", "No todo with id " + input.id());
        });
        ActionException thrown =
                assertThrows(ActionException.class, () -> delete.handler().handle(new TodoId(7), CONTEXT));
        assertEquals("todo_not_found", thrown.code());
    }

    @Test
    void aGenericOutputKeepsItsTypeArguments() throws Exception {
        ActionDefinition<Void, List<Todo>> list = ActionDefinition.of(
                "list", Void.class, DataType.listOf(Todo.class), (input, context) -> List.of(new Todo(1, "Milk")));
        assertEquals(new DataType<List<Todo>>() {}.type(), list.outputType());
        assertEquals(List.of(new Todo(1, "Milk")), list.handler().handle(null, CONTEXT));
    }

    @Test
    void optionsOnTheOneLineFormMakeNewDefinitionsAndKeepEverythingElse() {
        ActionDefinition<TodoId, Todo> plain =
                ActionDefinition.of("toggle", TodoId.class, Todo.class, (input, context) -> new Todo(input.id(), "x"));
        Permission<Object> admin = Permission.role("admin");
        ActionDefinition<TodoId, Todo> guarded = plain.auth(true)
                .permissions("admins", admin)
                .errors("todo_not_found")
                .errors("invalid_id")
                .permissions("admins", Permission.role("owner"))
                .validationGroups(Runnable.class);

        assertEquals(Optional.empty(), plain.auth());
        assertEquals(Map.of(), plain.permissions());
        assertEquals(Set.of(), plain.errors());
        assertEquals(List.of(), plain.validationGroups());

        assertEquals("toggle", guarded.name());
        assertEquals(TodoId.class, guarded.inputType());
        assertEquals(Todo.class, guarded.outputType());
        assertSame(plain.handler(), guarded.handler());
        assertEquals(Optional.of(true), guarded.auth());
        assertEquals(List.of("todo_not_found", "invalid_id"), List.copyOf(guarded.errors()));
        assertEquals(List.of("admins"), List.copyOf(guarded.permissions().keySet()));
        assertEquals(2, guarded.permissions().get("admins").size());
        assertSame(admin, guarded.permissions().get("admins").get(0));
        assertEquals(List.of(Runnable.class), guarded.validationGroups());
        assertEquals(Optional.of(false), guarded.auth(false).auth());
        assertEquals(List.of(Runnable.class), guarded.auth(false).validationGroups());
    }

    @Test
    void anAsynchronousActionKeepsItsHandlerAndItsOrderAcrossOptions() throws Exception {
        ActionDefinition<TodoId, Todo> fetch = ActionDefinition.async(
                "fetch",
                TodoId.class,
                Todo.class,
                (input, context) -> CompletableFuture.completedFuture(new Todo(input.id(), "remote")));
        assertTrue(fetch.isAsync());
        assertFalse(fetch.isConcurrent());
        assertNull(fetch.handler());
        ActionDefinition<TodoId, Todo> concurrent =
                fetch.concurrent().errors("todo_not_found").auth(false);
        assertTrue(concurrent.isConcurrent());
        assertSame(fetch.asyncHandler(), concurrent.asyncHandler());
        assertEquals(
                new Todo(7, "remote"),
                concurrent
                        .asyncHandler()
                        .handle(new TodoId(7), CONTEXT)
                        .toCompletableFuture()
                        .get());
        assertFalse(
                ActionDefinition.of("sync", Void.class, (input, context) -> {}).isAsync());
    }

    @Test
    void theChannelBuildersShortFormsAddTheSameDefinitions() {
        ChannelDefinition channel = ChannelDefinition.builder("todos")
                .action("list", Void.class, DataType.listOf(Todo.class), (input, context) -> List.of())
                .action("delete", TodoId.class, (input, context) -> {})
                .action("toggle", TodoId.class, Todo.class, (input, context) -> null)
                .build();
        assertEquals(
                List.of("list", "delete", "toggle"),
                channel.actions().stream().map(ActionDefinition::name).toList());
        assertEquals(
                DataType.listOf(Todo.class).type(), channel.actions().get(0).outputType());
        assertTrue(channel.actions().get(1).isVoid());
        assertFalse(channel.actions().get(2).isVoid());
    }
}
