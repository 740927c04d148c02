/**
 * A JVM client for Kanava channels: it calls a channel's actions and listens to its events over the
 * {@code kanava.v1} wire protocol, on the Jakarta WebSocket client API with Tyrus. It depends on no server code, so
 * a desktop tool, a test or another service can use it with a plain {@code java -cp}.
 *
 * <pre>{@code
 * KanavaClient todos = KanavaClient.connectAndAwait(
 *         URI.create("ws://127.0.0.1:8080/app/channels/todos"),
 *         ClientOptions.builder()
 *                 .header("Authorization", "Basic " + credentials)
 *                 .onOpen(client -> client.send("login", new Login(token), SignedIn.class))
 *                 .build());
 *
 * Subscription updates = todos.subscribe("todos:updated", TodoEvent.class, event -> render(event));
 * Todo created = todos.sendAndAwait("create", new NewTodo("Buy milk"), Todo.class);
 * todos.send("list", null, new TypeRef<List<Todo>>() {}).thenAccept(all -> render(all));
 * todos.send("delete", new TodoId(created.id()));          // a void action: CompletionStage<Void>
 * ...
 * todos.close();
 * }</pre>
 *
 * <p>Design choices worth knowing:
 * <ul>
 *   <li>Every call gets exactly one outcome: the reply's data bound with JSON-B, or a
 *       {@link io.kanava.client.KanavaClientException} whose {@code code()} is the server's error code or one of the
 *       client's ({@code timeout}, {@code disconnected}, {@code invalid_reply}). Ids are numbered per connection and
 *       matched to replies, so calls may be pipelined from any thread.
 *   <li>Calls are never queued while the client is not open: they fail at once with {@code disconnected}, as in the
 *       TypeScript client. A call's outcome is never guessed either: a dropped socket fails its pending calls,
 *       which may or may not have run on the server.
 *   <li>The client reconnects with exponential back-off and full jitter and runs the {@code onOpen} hook after each
 *       connect, so an in-band login is repeated. It does not retry what would be refused again: a handshake
 *       refused with HTTP 401/403 or a close with 1008 ends it ({@link io.kanava.client.ConnectionState#CLOSED}).
 *   <li>No user code runs on the socket's reader thread: replies complete on the common fork-join pool; listeners
 *       and the hook run in order on the client's callback thread. Frames are written by one asynchronous writer
 *       per connection, as JSR-356 forbids concurrent sends on a session.
 *   <li>Event listeners are only listeners: which events a connection receives is the server's decision.
 * </ul>
 */
package io.kanava.client;
