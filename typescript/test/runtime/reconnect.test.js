import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { WebSocket } from "ws";
import { scenario } from "../support/client.js";
import { KanavaTestServer } from "../support/kanava-server.js";
import { quietPeriod, waitFor, within } from "../support/wait.js";

const isDisconnected = (error) => error.code === "disconnected";

/** A `ws` WebSocket that records when each connection attempt starts. */
function countingWebSocket(attempts) {
  return class CountingWebSocket extends WebSocket {
    constructor(...args) {
      super(...args);
      attempts.push(Date.now());
    }
  };
}

describe("connection loss and reconnection", { timeout: 5000 }, () => {
  it("rejects calls awaiting a reply with disconnected when the server drops the socket", async (t) => {
    const { server, open } = await scenario(t);
    server.on("list", () => undefined);
    const todos = open("todos");
    const pending = [todos.send("list"), todos.send("list")];
    await waitFor("both calls to reach the server", () => server.frames.length === 2);

    server.dropAll();

    await within("the rejections", Promise.all(pending.map((call) => assert.rejects(call, isDisconnected))));
  });

  it("reconnects, runs onOpen again and keeps delivering events to subscribed listeners", async (t) => {
    const { server, open } = await scenario(t);
    server.on("login", (call) => call.reply());
    const states = [];
    let opens = 0;
    const todos = open("todos", {
      onOpen: async (channel) => {
        await channel.send("login", { token: "secret" });
        opens++;
      },
      onStateChange: (state) => states.push(state),
    });
    const updates = [];
    todos.subscribe("todos:updated", (update) => updates.push(update.kind));
    await waitFor("the first login", () => opens === 1);

    server.dropAll();
    await waitFor("the second login", () => opens === 2);
    server.publish("todos:updated", { kind: "created", todo: { id: 1, done: false } });

    await waitFor("the event after reconnecting", () => updates.length === 1);
    assert.deepEqual(updates, ["created"]);
    assert.equal(server.handshakes.length, 2);
    assert.deepEqual(
      server.frames.map((frame) => frame.action),
      ["login", "login"],
    );
    assert.deepEqual(states, ["open", "reconnecting", "open"]);
  });

  it("backs off exponentially up to maxDelayMs between failed attempts", async (t) => {
    const { server, open } = await scenario(t);
    await server.stop();
    t.mock.method(Math, "random", () => 0.999);
    const attempts = [];
    const states = [];
    open("todos", {
      WebSocket: countingWebSocket(attempts),
      reconnect: { initialDelayMs: 25, maxDelayMs: 100 },
      onStateChange: (state) => states.push(state),
    });

    await waitFor("six attempts", () => attempts.length >= 6, 3000);
    assert.deepEqual(states, ["reconnecting"]);

    const gaps = attempts.slice(1, 6).map((at, i) => at - attempts[i]);
    [25, 50, 100, 100, 100].forEach((delay, i) => {
      assert.ok(gaps[i] >= delay * 0.999 - 1, `attempt ${i + 2} came ${gaps[i]} ms after the previous, before ${delay}`);
    });
    assert.ok(gaps[4] < 300, `attempt 6 came ${gaps[4]} ms after the previous: the delay is not capped at 100`);
  });

  it("keeps the connection when onOpen rejects, and sends the waiting calls", async (t) => {
    const { server, open } = await scenario(t);
    server.on("list", (call) => call.reply([]));
    const logged = t.mock.method(console, "error", () => undefined);
    const todos = open("todos", { onOpen: () => Promise.reject(new Error("login refused")) });

    assert.deepEqual(await within("the list reply", todos.send("list")), []);
    assert.equal(todos.state, "open");
    assert.equal(logged.mock.calls.length, 1);
    assert.match(logged.mock.calls[0].arguments[1].message, /login refused/);
  });

  it("closes with 1000, rejects pending calls and stops reconnecting on close()", async (t) => {
    const { server, open } = await scenario(t);
    server.on("list", () => undefined);
    const attempts = [];
    const states = [];
    const todos = open("todos", {
      WebSocket: countingWebSocket(attempts),
      onStateChange: (state) => states.push(state),
    });
    const pending = todos.send("list");
    await waitFor("the call to reach the server", () => server.frames.length === 1);

    todos.close();

    await within("the rejection", assert.rejects(pending, isDisconnected));
    await within("a call after close", assert.rejects(todos.send("list"), isDisconnected));
    await waitFor("the server to see the close", () => server.closeCodes.length === 1);
    assert.deepEqual(server.closeCodes, [1000]);
    assert.equal(todos.state, "closed");
    assert.deepEqual(states, ["open", "closed"]);
    await quietPeriod(200); // four times the longest back-off
    assert.equal(attempts.length, 1, "reconnected after close()");
  });

  it("stops retrying when closed while waiting to reconnect", async (t) => {
    const { server, open } = await scenario(t);
    await server.stop();
    t.mock.method(Math, "random", () => 0.999);
    const attempts = [];
    const todos = open("todos", {
      WebSocket: countingWebSocket(attempts),
      reconnect: { initialDelayMs: 100, maxDelayMs: 100 },
    });
    await waitFor("the first attempt to fail", () => todos.state === "reconnecting");

    todos.close();
    await quietPeriod(300); // three times the back-off

    assert.equal(attempts.length, 1, "retried after close()");
    assert.equal(todos.state, "closed");
  });

  it("stops connecting when closed before the socket opened", async (t) => {
    const { server, open } = await scenario(t);
    const attempts = [];
    const todos = open("todos", { WebSocket: countingWebSocket(attempts) });

    todos.close();
    await quietPeriod(200); // four times the longest back-off

    assert.equal(attempts.length, 1, "retried after close()");
    assert.equal(todos.state, "closed");
    assert.equal(server.sockets.length, 0);
  });

  it("starts the back-off afresh after a connection that stayed up", async (t) => {
    const { server, open } = await scenario(t);
    t.mock.method(Math, "random", () => 0.999);
    const attempts = [];
    const deadServer = await KanavaTestServer.start();
    await deadServer.stop();
    const FailingFirst = class extends countingWebSocket(attempts) {
      constructor(url, protocols) {
        super(attempts.length < 5 ? url.replace(server.url, deadServer.url) : url, protocols);
      }
    };
    const todos = open("todos", { WebSocket: FailingFirst, reconnect: { initialDelayMs: 20, maxDelayMs: 2000 } });
    await waitFor("the sixth attempt to open", () => todos.state === "open", 3000);
    await todos.send("list").catch(() => undefined); // ready: its onOpen has settled
    const realNow = Date.now.bind(Date);
    t.mock.method(Date, "now", () => realNow() + 6000); // the connection has been up for six seconds

    const dropped = Date.now();
    server.dropAll();
    await waitFor("the reconnection", () => server.handshakes.length === 2, 3000);

    const delay = Date.now() - dropped;
    assert.ok(delay < 300, `reconnected after ${delay} ms, as if the five failures before the last open still counted`);
  });

  it("keeps backing off when each connection ends at once, as with 1013 try again later", async (t) => {
    const { server, open } = await scenario(t);
    t.mock.method(Math, "random", () => 0.999);
    server.wss.on("connection", (socket) => socket.close(1013, "try again later"));
    const attempts = [];
    open("todos", { WebSocket: countingWebSocket(attempts), reconnect: { initialDelayMs: 20, maxDelayMs: 2000 } });

    await waitFor("six attempts", () => attempts.length >= 6, 4000);

    const waited = attempts[5] - attempts[0];
    assert.ok(waited >= 20 + 40 + 80 + 160, `five reconnects took ${waited} ms: the back-off did not grow`);
  });

  it("stops for good when the server closes with 1008, failing waiting calls", async (t) => {
    const { server, open } = await scenario(t);
    server.wss.on("connection", (socket) => socket.close(1008, "refused"));
    const states = [];
    const todos = open("todos", { onStateChange: (state) => states.push(state) });
    const waiting = todos.send("list");

    await within("the rejection", assert.rejects(waiting, isDisconnected));
    assert.equal(todos.state, "closed");
    await quietPeriod(200);
    assert.equal(server.handshakes.length, 1, "no attempt after a 1008");
    assert.deepEqual(states, ["open", "closed"]);
  });

  it("stays closed when an onStateChange listener closes the channel as it starts reconnecting", async (t) => {
    const { server, open } = await scenario(t);
    const states = [];
    const todos = open("todos", {
      onStateChange: (state) => {
        states.push(state);
        if (state === "reconnecting") todos.close();
      },
    });
    await waitFor("the first open", () => todos.state === "open");

    server.dropAll();
    await waitFor("closed", () => todos.state === "closed");
    await quietPeriod(200);

    assert.equal(server.handshakes.length, 1, "no reconnection after close()");
    assert.deepEqual(states, ["open", "reconnecting", "closed"]);
  });

  it("sends a call made while onOpen runs after the calls onOpen makes", async (t) => {
    const { server, open } = await scenario(t);
    let releaseLogin;
    const loginGate = new Promise((resolve) => (releaseLogin = resolve));
    server.on("login", (call) => call.reply());
    server.on("whoami", (call) => call.reply("ada"));
    let opens = 0;
    const todos = open("todos", {
      onOpen: async (channel) => {
        opens++;
        await loginGate;
        await channel.send("login");
      },
    });
    await waitFor("onOpen running", () => opens === 1 && todos.state === "open");

    const whoami = todos.send("whoami");
    await quietPeriod(50);
    assert.deepEqual(server.frames.map((frame) => frame.action), [], "nothing goes out before onOpen's login");
    releaseLogin();

    assert.equal(await within("the reply", whoami), "ada");
    assert.deepEqual(server.frames.map((frame) => frame.action), ["login", "whoami"]);
  });

  it("closes for good and fails waiting calls when reconnecting is disabled", async (t) => {
    const { server, open } = await scenario(t);
    await server.stop();
    const todos = open("todos", { reconnect: { enabled: false } });

    const waiting = todos.send("list");

    await within("the rejection", assert.rejects(waiting, isDisconnected));
    assert.equal(todos.state, "closed");
  });
});
