import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isKanavaError, KanavaError, scenario } from "../support/client.js";
import { within } from "../support/wait.js";

describe("action calls", { timeout: 5000 }, () => {
  it("resolves with the reply's data and sends id, action and data", async (t) => {
    const { server, open } = await scenario(t);
    server.on("create", (call) => call.reply({ id: 12, text: call.data.text, done: false }));
    const todos = open("todos");

    const todo = await within("the create reply", todos.send("create", { text: "Buy milk" }));

    assert.deepEqual(todo, { id: 12, text: "Buy milk", done: false });
    assert.deepEqual(server.frames, [{ id: "1", action: "create", data: { text: "Buy milk" } }]);
    assert.equal(server.handshakes[0].protocol, "kanava.v1");
  });

  it("sends a void input without data and resolves a void reply with undefined", async (t) => {
    const { server, open } = await scenario(t);
    server.on("list", (call) => call.reply([]));
    server.on("delete", (call) => call.reply());
    const todos = open("todos");

    assert.deepEqual(await within("the list reply", todos.send("list")), []);
    assert.equal(await within("the delete reply", todos.send("delete", { id: 3 })), undefined);
    assert.deepEqual(server.frames, [
      { id: "1", action: "list" },
      { id: "2", action: "delete", data: { id: 3 } },
    ]);
  });

  it("rejects with a KanavaError carrying the error frame's members, and the channel stays usable", async (t) => {
    const { server, open } = await scenario(t);
    server.on("create", (call) =>
      call.fail({
        code: "invalid_data",
        message: "Input is invalid",
        errorId: "e-42",
        violations: [{ path: "text", message: "must not be blank" }],
        addedLater: true,
      }),
    );
    server.on("list", (call) => call.reply([]));
    const todos = open("todos");

    const error = await within("the create error", todos.send("create", { text: "" }).catch((e) => e));

    assert.ok(error instanceof KanavaError && isKanavaError(error));
    assert.equal(error.name, "KanavaError");
    assert.equal(error.code, "invalid_data");
    assert.equal(error.message, "Input is invalid");
    assert.equal(error.errorId, "e-42");
    assert.equal(error.action, "create");
    assert.deepEqual(error.violations, [{ path: "text", message: "must not be blank" }]);
    assert.deepEqual(await within("the list reply", todos.send("list")), []);
  });

  it("sends a call made before the socket opened once it opens", async (t) => {
    const { server, open } = await scenario(t);
    server.on("list", (call) => call.reply([{ id: 1, done: true }]));
    const todos = open("todos");

    assert.equal(todos.state, "connecting");
    const listed = todos.send("list");

    assert.deepEqual(await within("the list reply", listed), [{ id: 1, done: true }]);
    assert.equal(server.frames.length, 1);
  });

  it("sends calls made before the socket opened after onOpen has settled", async (t) => {
    const { server, open } = await scenario(t);
    server.on("login", (call) => setTimeout(() => call.reply(), 50));
    server.on("list", (call) => call.reply([]));
    const todos = open("todos", { onOpen: (channel) => channel.send("login", { token: "t" }) });

    await within("the list reply", todos.send("list"));

    assert.deepEqual(
      server.frames.map((frame) => frame.action),
      ["login", "list"],
    );
  });

  it("gives each of 200 pipelined calls its own reply, answered in reverse order", async (t) => {
    const { server, open } = await scenario(t);
    const received = [];
    server.on("create", (call) => {
      received.push(call);
      if (received.length < 200) return;
      for (const each of received.reverse()) each.reply({ id: Number(each.frame.id), text: each.data.text, done: false });
    });
    const todos = open("todos");

    const texts = Array.from({ length: 200 }, (_, i) => `todo ${i}`);
    const todos200 = await within("200 replies", Promise.all(texts.map((text) => todos.send("create", { text }))));

    assert.deepEqual(todos200.map((todo) => todo.text), texts);
    assert.equal(new Set(todos200.map((todo) => todo.id)).size, 200);
  });

  it("ignores frames that are neither replies to a pending call nor events", async (t) => {
    const { server, open } = await scenario(t);
    server.on("list", (call) => {
      server.sendRaw("not json");
      server.sendRaw("[1, 2]");
      server.sendRaw(JSON.stringify({ id: "999", action: "list", data: "for nobody" }));
      server.sendRaw(JSON.stringify({ action: "list", error: { code: "bad_request", message: "no id" } }));
      call.send({ id: call.frame.id, action: "list", data: ["mine"], position: 7 });
    });
    const todos = open("todos");

    assert.deepEqual(await within("the first list reply", todos.send("list")), ["mine"]);
    assert.deepEqual(await within("the second list reply", todos.send("list")), ["mine"]);
    assert.equal(todos.state, "open");
  });
});
