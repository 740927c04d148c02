import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scenario } from "../support/client.js";
import { waitFor } from "../support/wait.js";

const todo = { id: 1, text: "Buy milk", done: false };

describe("event listeners", { timeout: 5000 }, () => {
  it("delivers each event's data to the listeners of that event only", async (t) => {
    const { server, open } = await scenario(t);
    const todos = open("todos");
    const updates = [];
    const others = [];
    todos.subscribe("todos:updated", (update) => updates.push(update));
    todos.subscribe("todos:other", (data) => others.push(data));
    await waitFor("the connection", () => todos.state === "open");

    server.publish("todos:updated", { kind: "created", todo });

    await waitFor("the update", () => updates.length === 1);
    assert.deepEqual(updates, [{ kind: "created", todo }]);
    assert.deepEqual(others, []);
  });

  it("stops delivering to a listener once unsubscribed", async (t) => {
    const { server, open } = await scenario(t);
    const todos = open("todos");
    const removed = [];
    const kept = [];
    const unsubscribe = todos.subscribe("todos:updated", (update) => removed.push(update.kind));
    todos.subscribe("todos:updated", (update) => kept.push(update.kind));
    await waitFor("the connection", () => todos.state === "open");
    server.publish("todos:updated", { kind: "first", todo });
    await waitFor("the first event", () => kept.length === 1);

    unsubscribe();
    server.publish("todos:updated", { kind: "second", todo });

    await waitFor("the second event", () => kept.length === 2);
    assert.deepEqual(removed, ["first"]);
    assert.deepEqual(kept, ["first", "second"]);
  });

  it("keeps delivering to other listeners when one throws, and logs the error", async (t) => {
    const { server, open } = await scenario(t);
    const logged = t.mock.method(console, "error", () => undefined);
    const todos = open("todos");
    const before = [];
    const after = [];
    todos.subscribe("todos:updated", (update) => before.push(update.kind));
    todos.subscribe("todos:updated", () => {
      throw new Error("listener bug");
    });
    todos.subscribe("todos:updated", (update) => after.push(update.kind));
    await waitFor("the connection", () => todos.state === "open");

    server.publish("todos:updated", { kind: "first", todo });
    server.publish("todos:updated", { kind: "second", todo });

    await waitFor("both events", () => after.length === 2);
    assert.deepEqual(before, ["first", "second"]);
    assert.deepEqual(after, ["first", "second"]);
    assert.equal(logged.mock.calls.length, 2);
    assert.match(logged.mock.calls[0].arguments[1].message, /listener bug/);
    assert.equal(todos.state, "open");
  });
});
