// Typed use of the sample's generated client (sample-war/target/kanava/client.ts): must compile under --strict.
import { WebSocket } from "ws";
import {
  connect,
  isKanavaError,
  type ChatMessage,
  type Channels,
  type ErrorCodeOf,
  type SignedIn,
  type Todo,
  type TodoEvent,
} from "./client.js";

export async function todosPage(url: string): Promise<void> {
  const todos = connect("todos", { url, WebSocket });
  const all: Todo[] = await todos.send("list");
  const created: Todo = await todos.send("create", { text: "Buy milk" });
  const toggled: Todo = await todos.send("toggle", { id: created.id }, { timeoutMs: 2000 });
  const done: boolean = toggled.done;
  const nothing: void = await todos.send("delete", { id: created.id });
  const stop: () => void = todos.subscribe("todos:updated", (event: TodoEvent) => {
    const kind: string | undefined = event.kind;
    const text: string | undefined = event.todo?.text;
    void [kind, text];
  });
  stop();
  try {
    await todos.send("delete", { id: 99 });
  } catch (e) {
    if (isKanavaError<ErrorCodeOf<Channels["todos"], "delete">>(e) && e.code === "todo_not_found") {
      console.log(e.message);
    }
  }
  todos.close();
  void [all, done, nothing];
}

export async function chatPage(url: string, token: string): Promise<void> {
  const chat = connect("chat", {
    url,
    WebSocket,
    onOpen: async (channel) => {
      const me: SignedIn = await channel.send("login", { token });
      void me;
    },
  });
  const history: ChatMessage[] = await chat.send("history", { limit: 20 });
  const sent: ChatMessage = await chat.send("send", { text: "Hello" });
  chat.subscribe("chat:message", (message) => console.log(message.sender, message.text, message.id));
  await chat.send("logout");
  void [history, sent];
}
