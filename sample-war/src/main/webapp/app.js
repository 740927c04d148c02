// The sample's page: two channels through the client the application serves (kanava/client.js), no bundler.
import { connect, isKanavaError } from "./kanava/client.js";

const base = new URL(".", location.href).href; // http(s)://host/<context>/
const notice = document.getElementById("notice");
let session; // { token, subject, roles } once signed in

/** What a user is told for each error code a call can get. */
const EXPLAINED = {
  unauthenticated: "Sign in first: only signed-in users may do that.",
  forbidden: "You are not allowed to do that: deleting a todo needs the admin role (sign in as alice).",
  todo_not_found: "That todo no longer exists: someone else deleted it.",
  invalid_data: "Write something first, and not too much (a todo takes 200 characters, a message 500).",
  invalid_token: "Your sign-in has expired: sign in again.",
  timeout: "The server did not answer in time; try again.",
  disconnected: "The connection dropped; the page reconnects by itself, try again in a moment.",
};

function explain(error) {
  if (isKanavaError(error)) {
    const text = EXPLAINED[error.code] ?? error.message;
    return error.errorId ? `${text} (error ${error.errorId})` : text;
  }
  return String(error);
}

function tell(text, code = "") {
  notice.textContent = text;
  notice.dataset.code = code;
}

/** Runs a call for a user action, and tells the user when it fails. */
async function attempt(call) {
  try {
    tell("");
    return await call();
  } catch (error) {
    tell(explain(error), isKanavaError(error) ? error.code : "");
    return undefined;
  }
}

function showState(channel, state) {
  const badge = document.getElementById(`${channel}-state`);
  badge.dataset.state = state;
  badge.dataset.seen = `${badge.dataset.seen ?? ""} ${state}`.trim(); // every state this page has been in
  badge.textContent = state;
}

/**
 * After every (re)connect: log in again when signed in; the calls onOpen makes go first. A token the server no
 * longer accepts (the sample's tokens do not survive a restart) signs the page out, and the user is told.
 */
async function logIn(channel) {
  if (!session) return;
  try {
    await channel.send("login", { token: session.token });
  } catch (error) {
    if (isKanavaError(error) && error.code === "invalid_token") signedOut();
    tell(explain(error), isKanavaError(error) ? error.code : "");
    throw error;
  }
}

// ---- todos ----

const todoList = document.getElementById("todo-list");

function renderTodo(todo) {
  let item = todoList.querySelector(`li[data-id="${todo.id}"]`);
  if (!item) {
    item = document.createElement("li");
    item.dataset.id = String(todo.id);
    item.innerHTML = `<input type="checkbox" class="toggle" aria-label="done">
      <span class="text"></span><button type="button" class="delete">Delete</button>`;
    item.querySelector(".toggle").addEventListener("change", (event) => {
      event.target.checked = !event.target.checked; // the server's answer decides
      attempt(() => todos.send("toggle", { id: todo.id }).then(renderTodo));
    });
    item.querySelector(".delete").addEventListener("click", () =>
      attempt(() => todos.send("delete", { id: todo.id }).then(() => item.remove())),
    );
    todoList.append(item);
  }
  item.querySelector(".text").textContent = todo.text ?? "";
  item.querySelector(".toggle").checked = todo.done;
  item.classList.toggle("done", todo.done);
}

const todos = connect("todos", {
  url: base,
  onStateChange: (state) => showState("todos", state),
  onOpen: async (channel) => {
    await logIn(channel).catch(() => undefined); // told to the user; reading works signed out
    const all = await channel.send("list");
    todoList.replaceChildren();
    all.forEach(renderTodo);
  },
});

todos.subscribe("todos:updated", (event) => {
  if (!event.todo) return;
  if (event.kind === "deleted") todoList.querySelector(`li[data-id="${event.todo.id}"]`)?.remove();
  else renderTodo(event.todo);
});

document.getElementById("new-todo").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("todo-text");
  attempt(() => todos.send("create", { text: input.value })).then((todo) => {
    if (!todo) return;
    renderTodo(todo);
    input.value = "";
  });
});

// ---- chat ----

const chatLog = document.getElementById("chat-log");

function renderMessage(message) {
  if (chatLog.querySelector(`li[data-id="${message.id}"]`)) return;
  const item = document.createElement("li");
  item.dataset.id = String(message.id);
  item.innerHTML = `<span class="sender"></span><span class="text"></span>`;
  item.querySelector(".sender").textContent = message.sender ?? "?";
  item.querySelector(".text").textContent = message.text ?? "";
  chatLog.append(item);
}

const chat = connect("chat", {
  url: base,
  onStateChange: (state) => showState("chat", state),
  onOpen: async (channel) => {
    await logIn(channel).catch(() => undefined); // told to the user; reading works signed out
    (await channel.send("history", { limit: 50 })).forEach(renderMessage);
  },
});

chat.subscribe("chat:message", renderMessage);

document.getElementById("new-message").addEventListener("submit", (event) => {
  event.preventDefault();
  const input = document.getElementById("message-text");
  attempt(() => chat.send("send", { text: input.value })).then((message) => {
    if (!message) return;
    renderMessage(message); // the server does not echo a message to its sender
    input.value = "";
  });
});

// ---- signing in: a token from POST api/login (HTTP BASIC), then each channel's in-band login ----

const who = document.getElementById("who");
const signOutButton = document.getElementById("sign-out-button");

function signedOut() {
  session = undefined;
  who.textContent = "Not signed in: you can read, not change.";
  signOutButton.hidden = true;
}

document.getElementById("sign-in").addEventListener("submit", async (event) => {
  event.preventDefault();
  const user = document.getElementById("user").value;
  const password = document.getElementById("password").value;
  const response = await fetch(new URL("api/login", base), {
    method: "POST",
    headers: { Authorization: "Basic " + btoa(`${user}:${password}`) },
  });
  if (!response.ok) {
    tell(`Signing in as ${user} failed (HTTP ${response.status}): check the password.`, "sign_in_failed");
    return;
  }
  session = await response.json();
  const signedIn = await attempt(() => Promise.all([todos, chat].map((channel) => logIn(channel))));
  if (signedIn) {
    who.textContent = `Signed in as ${session.subject} (${session.roles.join(", ")})`;
    signOutButton.hidden = false;
    document.getElementById("password").value = "";
  }
});

signOutButton.addEventListener("click", async () => {
  signedOut();
  await attempt(() => Promise.all([todos, chat].map((channel) => channel.send("logout"))));
});
