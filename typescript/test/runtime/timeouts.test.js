import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scenario } from "../support/client.js";
import { waitFor, within } from "../support/wait.js";

const isTimeout = (error) => error.code === "timeout" && error.action !== undefined;

describe("call timeouts", { timeout: 5000 }, () => {
  it("rejects a call with timeout after its own timeoutMs, then ignores the late reply", async (t) => {
    const { server, open } = await scenario(t);
    const held = new Map();
    server.on("list", (call) => held.set("list", call));
    server.on("create", (call) => held.set("create", call));
    const todos = open("todos");

    const started = Date.now();
    await within("the timeout", assert.rejects(todos.send("list", undefined, { timeoutMs: 100 }), isTimeout));
    assert.ok(Date.now() - started >= 95, "rejected before its timeout");

    const created = todos.send("create", { text: "after" });
    await waitFor("the create call", () => held.has("create"));
    held.get("list").reply(["late"]);
    held.get("create").reply({ id: 1, text: "after", done: false });
    assert.deepEqual(await within("the create reply", created), { id: 1, text: "after", done: false });
    assert.equal(todos.state, "open");
  });

  it("uses the channel's timeoutMs when a call names none", async (t) => {
    const { server, open } = await scenario(t);
    server.on("list", () => undefined);
    const todos = open("todos", { timeoutMs: 150 });

    const started = Date.now();
    await within("the timeout", assert.rejects(todos.send("list"), isTimeout));
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 145 && elapsed < 2000, `timed out after ${elapsed} ms, not about 150`);
  });

  it("bounds a call waiting for a connection that never opens by its timeout", async (t) => {
    const { server, open } = await scenario(t);
    await server.stop();
    const todos = open("todos", { timeoutMs: 100 });

    await within("the timeout", assert.rejects(todos.send("list"), isTimeout));
    await waitFor("the channel to retry", () => todos.state === "reconnecting");
  });

  it("waits for a reply for a timeout longer than a timer can hold, instead of failing at once", async (t) => {
    const { server, open } = await scenario(t);
    server.on("list", (call) => setTimeout(() => call.reply([]), 50));
    const todos = open("todos");

    assert.deepEqual(await within("the reply", todos.send("list", undefined, { timeoutMs: 2 ** 32 })), []);
  });
});
