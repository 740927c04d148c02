// Each line after a @ts-expect-error is a mistake the client's types must reject; an unused one fails the compile.
import { WebSocket } from "ws";
import { connect, isKanavaError, type Channels, type ErrorCodeOf, type Todo } from "./client.js";

export async function mistakes(): Promise<void> {
  const todos = connect("todos", { url: "ws://localhost:8080/app", WebSocket });

  // @ts-expect-error unknown channel
  connect("todo", { url: "ws://localhost:8080/app" });
  // @ts-expect-error the rooms route needs its params
  connect("rooms", { url: "ws://localhost:8080/app" });
  // @ts-expect-error wrong route parameter name
  connect("rooms", { url: "ws://localhost:8080/app", params: { name: "lobby" } });
  // @ts-expect-error the WebSocket option must be a constructor of sockets
  connect("todos", { url: "ws://localhost:8080/app", WebSocket: "ws" });

  // @ts-expect-error wrong action name
  await todos.send("remove", { id: 1 });
  // @ts-expect-error wrong input field
  await todos.send("create", { title: "Buy milk" });
  // @ts-expect-error wrong input field type
  await todos.send("create", { text: 42 });
  // @ts-expect-error missing required field
  await todos.send("delete", {});
  // @ts-expect-error missing data for a non-void action
  await todos.send("create");
  // @ts-expect-error data for a void action
  await todos.send("list", { all: true });
  // @ts-expect-error wrong call option
  await todos.send("list", undefined, { timeout: 5 });

  // @ts-expect-error wrong output use: list answers Todo[]
  const one: Todo = await todos.send("list");
  // @ts-expect-error wrong output use: no such member on Todo
  console.log((await todos.send("create", { text: "a" })).title);
  // @ts-expect-error wrong output use: delete answers nothing
  const deleted: Todo = await todos.send("delete", { id: 1 });

  // @ts-expect-error wrong event name
  todos.subscribe("todos:deleted", () => undefined);
  // @ts-expect-error wrong use of event data
  todos.subscribe("todos:updated", (update) => console.log(update.todo.title));
  // @ts-expect-error event of another channel
  todos.subscribe("rooms:message", () => undefined);

  try {
    await todos.send("delete", { id: 1 });
  } catch (e) {
    // @ts-expect-error a code the delete action cannot fail with
    if (isKanavaError<ErrorCodeOf<Channels["todos"], "delete">>(e) && e.code === "invalid_text") throw e;
  }
  void [one, deleted];
}
