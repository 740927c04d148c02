/**
 * Kanava: structured, authenticated WebSocket channels for Jakarta EE.
 *
 * <p>A <em>channel</em> is a WebSocket route whose clients call named <em>actions</em>. A client sends
 * {@code {"id": "7", "action": "create", "data": {...}}}; the action's {@code data} is bound to its input type
 * with JSON-B, its handler runs with the CDI request context active, and the client gets exactly one frame back
 * for the call: a reply {@code {"id": "7", "action": "create", "data": {...}}} or an error
 * {@code {"id": "7", "action": "create", "error": {"code": "...", "message": "..."}}}. The connection stays open
 * after an error. The wire protocol is {@code kanava.v1}, accepted as a WebSocket subprotocol when offered.
 *
 * <p>Channels are declared by CDI producer methods returning a {@link io.kanava.ChannelDefinition}; the library
 * finds them at deployment, checks them all, and registers one endpoint per channel:
 *
 * <pre>{@code
 * @ApplicationScoped
 * public class TodoChannels {
 *
 *     @Inject
 *     TodoStore store;
 *
 *     @Produces
 *     ChannelDefinition todos() {
 *         return ChannelDefinition.builder("todos")          // ws://host/app/channels/todos
 *                 .action("create", NewTodo.class, Todo.class,
 *                         (input, context) -> store.add(input.text()))
 *                 .action("list", Void.class, DataType.listOf(Todo.class),
 *                         (input, context) -> store.all())
 *                 .action("toggle", TodoId.class, (input, context) -> {
 *                     if (!store.toggle(input.id())) {
 *                         throw new ActionException("todo_not_found", "No todo " + input.id());
 *                     }
 *                 })
 *                 .action(ActionDefinition.of("clear", Void.class, (input, context) -> store.clear())
 *                         .permissions("admins", Permission.role("admin")))
 *                 .onConnect(connection -> store.watch(connection.id()))
 *                 .build();
 *     }
 * }
 * }</pre>
 *
 * <p>Design choices worth knowing: definitions are immutable values built once at deployment, so nothing is
 * looked up per frame; a connection has one writer and a bounded queue, so any thread may send to it; a handler
 * that fails unexpectedly answers {@code internal} with an {@code errorId} that is also in the server log, never
 * with its message or stack trace.
 */
package io.kanava;
