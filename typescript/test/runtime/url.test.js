import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { scenario } from "../support/client.js";
import { waitFor } from "../support/wait.js";

describe("channel URL", { timeout: 5000 }, () => {
  it("fills route parameters and appends the query, both encoded", async (t) => {
    const { server, open } = await scenario(t);

    open("rooms", { params: { room: "a b/ä" }, query: { token: "x&y=z", lang: "fi" } });

    await waitFor("the handshake", () => server.handshakes.length === 1);
    assert.equal(server.handshakes[0].path, "/app/rooms/a%20b%2F%C3%A4?token=x%26y%3Dz&lang=fi");
    assert.equal(server.handshakes[0].protocol, "kanava.v1");
  });

  it("maps http:// to ws:// and tolerates a trailing slash", async (t) => {
    const { server, open } = await scenario(t);

    const todos = open("todos", { url: `${server.url.replace("ws://", "http://")}/` });

    await waitFor("the connection", () => todos.state === "open");
    assert.equal(server.handshakes[0].path, "/app/channels/todos");
  });

  it("throws at once for a missing route parameter or an unsupported scheme", async (t) => {
    const { server, open } = await scenario(t);

    assert.throws(() => open("rooms", {}), { name: "TypeError", message: /\/rooms\/\{room\} needs the parameter "room"/ });
    assert.throws(() => open("todos", { url: "ftp://127.0.0.1/app" }), { name: "TypeError", message: /ftp:/ });
  });
});
