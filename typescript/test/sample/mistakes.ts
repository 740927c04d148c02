// Mistakes against the sample's generated client: every line marked @ts-expect-error must be rejected by
// tsc --strict (an unused @ts-expect-error fails the compile).
import { WebSocket } from "ws";
import { connect } from "./client.js";

export async function mistakes(url: string): Promise<void> {
  const todos = connect("todos", { url, WebSocket });

  // @ts-expect-error a channel the application does not have
  connect("todo", { url });
  // @ts-expect-error an action the channel does not have
  await todos.send("remove", { id: 1 });
  // @ts-expect-error a wrong input field type
  await todos.send("create", { text: 42 });
  // @ts-expect-error a missing required field (text is @NotBlank)
  await todos.send("create", {});
  // @ts-expect-error missing data for an action that takes some
  await todos.send("toggle");
  // @ts-expect-error data for an action that takes none
  await todos.send("list", { all: true });

  const created = await todos.send("create", { text: "x" });
  // @ts-expect-error a field the output does not have
  console.log(created.title);
  // @ts-expect-error a wrong use of the output's type
  const text: number = created.id === 1 ? created.done : 0;
  // @ts-expect-error a void reply used as a value
  const count: number = await todos.send("delete", { id: 1 });

  // @ts-expect-error an event the channel does not declare
  todos.subscribe("todos:deleted", () => undefined);
  // @ts-expect-error a wrong use of an event's data
  todos.subscribe("todos:updated", (event) => event.todo.text.toUpperCase());
  // @ts-expect-error an error code no action declares is still a string, but not an action name
  await todos.send("todo_not_found");
  void [text, count];
}
