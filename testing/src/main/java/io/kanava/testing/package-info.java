/**
 * Testing an application's channels without a server: {@link io.kanava.testing.ChannelHarness} runs a channel's
 * definition in the test's JVM through Kanava's own router, protocol and in-memory EventHub; a
 * {@link io.kanava.testing.TestConnection} calls its actions with an identity and sees the replies, error codes and
 * events a client would.
 *
 * <pre>{@code
 * try (ChannelHarness harness = new ChannelHarness()) {
 *     ChannelUnderTest todos = harness.channel(new TodoChannel(store, harness.hub()).todos());
 *     TestConnection alice = todos.connectAs("alice", "user");
 *     Todo todo = alice.call("create", new NewTodo("milk")).reply(Todo.class);
 *     alice.nextEvent().assertName("todos:updated");
 * }
 * }</pre>
 */
package io.kanava.testing;
