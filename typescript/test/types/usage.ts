// Typed use of a generated client that must compile under --strict (see scripts/test-types.mjs).
import { WebSocket } from "ws";
import {
  connect,
  isKanavaError,
  KanavaChannel,
  KanavaError,
  type ChannelState,
  type Channels,
  type ErrorCodeOf,
  type NewTodo,
  type Todo,
} from "./client.js";

export async function usage(): Promise<void> {
  const states: ChannelState[] = [];
  const todos = connect("todos", {
    url: "http://localhost:8080/app/",
    WebSocket,
    timeoutMs: 5000,
    reconnect: { initialDelayMs: 250, maxDelayMs: 10000 },
    onOpen: (channel) => channel.send("list"),
    onStateChange: (state) => states.push(state),
  });
  const typedChannel: KanavaChannel<Channels["todos"]> = todos;

  const all: Todo[] = await todos.send("list");
  const listed: Todo[] = await todos.send("list", undefined, { timeoutMs: 100 });
  const draft: NewTodo = { text: "Buy milk" };
  const created: Todo = await todos.send("create", draft);
  const id: number = created.id;
  const nothing: void = await todos.send("delete", { id });
  await todos.send("create", {});

  const unsubscribe: () => void = todos.subscribe("todos:updated", (update) => {
    const kind: string = update.kind;
    const done: boolean = update.todo.done;
    void kind;
    void done;
  });
  unsubscribe();

  try {
    await todos.send("delete", { id: 1 });
  } catch (e) {
    if (isKanavaError(e) && e.code === "todo_not_found") console.log(e.message, e.errorId, e.action);
    if (isKanavaError<ErrorCodeOf<Channels["todos"], "delete">>(e)) {
      const code: "todo_not_found" | "forbidden" | "timeout" | "disconnected" | string = e.code;
      if (e.code === "invalid_data") e.violations?.forEach((v) => console.log(v.path, v.message));
      void code;
    }
  }
  const error: KanavaError<"timeout"> = new KanavaError("timeout", "late");

  const room = connect("rooms", { url: "ws://localhost:8080/app", params: { room: "lobby" }, query: { token: "t" } });
  await room.send("say", { text: "hello" });
  room.subscribe("rooms:message", (message) => console.log(message.from, message.text));
  const state: ChannelState = room.state;
  room.close();
  void [typedChannel, all, listed, nothing, error, state];
}
