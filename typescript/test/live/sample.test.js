// The sample's served client (client.js), driven against the running sample:
//   KANAVA_SAMPLE_URL=http://127.0.0.1:8080/kanava-sample/ KANAVA_RESTART_COMMAND='…:reload' npm run test:live
// Run by the kit's runner on WildFly (tck-tests, execution wildfly-sample), which deploys the sample first.
import { execSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { pathToFileURL } from "node:url";
import { WebSocket } from "ws";
import { waitFor, within } from "../support/wait.js";
import { FreezableProxy } from "./freezable-proxy.js";

const base = process.env.KANAVA_SAMPLE_URL;
const restartCommand = process.env.KANAVA_RESTART_COMMAND;
const WAIT_MS = 15000;
let client;

/** A `ws` WebSocket that sends HTTP BASIC credentials with its upgrade request. */
function withCredentials(user, password) {
  const authorization = "Basic " + Buffer.from(`${user}:${password}`).toString("base64");
  return class extends WebSocket {
    constructor(url, protocols) {
      super(url, protocols, { headers: { Authorization: authorization } });
    }
  };
}

const ALICE = withCredentials("alice", "alice-secret");
const BOB = withCredentials("bob", "bob-secret");

before(async () => {
  assert.ok(base, "KANAVA_SAMPLE_URL names the running sample, e.g. http://127.0.0.1:8080/kanava-sample/");
  const response = await fetch(new URL("kanava/client.js", base));
  assert.equal(response.status, 200, "the sample serves its client at kanava/client.js");
  const dir = join(new URL("../..", import.meta.url).pathname, "build/live");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "client.js"), await response.text());
  client = await import(pathToFileURL(join(dir, "client.js")).href);
});

function open(channel, options = {}) {
  return client.connect(channel, { url: base, WebSocket, reconnect: { initialDelayMs: 200, maxDelayMs: 2000 }, ...options });
}

async function rejection(promise) {
  const error = await within("the call's rejection", promise.then(() => undefined, (e) => e), WAIT_MS);
  assert.ok(client.isKanavaError(error), `a KanavaError, not ${error}`);
  return error;
}

describe("the sample's todos channel through the generated client", () => {
  test("answers calls with typed replies, and refuses a call without an identity", async (t) => {
    const anonymous = open("todos");
    const alice = open("todos", { WebSocket: ALICE });
    t.after(() => [anonymous, alice].forEach((c) => c.close()));
    assert.ok(Array.isArray(await anonymous.send("list")));
    assert.equal((await rejection(anonymous.send("create", { text: "Nobody's" }))).code, "unauthenticated");
    const created = await alice.send("create", { text: "Buy milk" });
    assert.equal(created.text, "Buy milk");
    assert.equal(created.done, false);
    assert.equal((await alice.send("toggle", { id: created.id })).done, true);
  });

  test("rejects with the application's and the protocol's error codes", async (t) => {
    const alice = open("todos", { WebSocket: ALICE });
    const bob = open("todos", { WebSocket: BOB });
    t.after(() => [alice, bob].forEach((c) => c.close()));
    const missing = await rejection(alice.send("toggle", { id: 987654 }));
    assert.equal(missing.code, "todo_not_found");
    assert.equal(missing.action, "toggle");
    const created = await alice.send("create", { text: "Bob may not delete this" });
    assert.equal((await rejection(bob.send("delete", { id: created.id }))).code, "forbidden");
    assert.equal(await alice.send("delete", { id: created.id }), undefined);
  });

  test("delivers each change to every open page as a typed event", async (t) => {
    const watcher = open("todos");
    const alice = open("todos", { WebSocket: ALICE });
    t.after(() => [watcher, alice].forEach((c) => c.close()));
    const heard = [];
    watcher.subscribe("todos:updated", (event) => heard.push(event));
    await watcher.send("list");
    const created = await alice.send("create", { text: "Seen elsewhere" });
    await waitFor("the created event", () => heard.some((e) => e.kind === "created" && e.todo.id === created.id), WAIT_MS);
  });

  test("times a call out when its reply does not come, and ignores the late reply", async (t) => {
    const url = new URL(base);
    const proxy = await FreezableProxy.start(url.hostname, Number(url.port || 80));
    const proxied = client.connect("todos", { url: `ws://127.0.0.1:${proxy.port}${url.pathname}`, WebSocket });
    t.after(async () => {
      proxied.close();
      await proxy.close();
    });
    await proxied.send("list");
    proxy.freeze();
    assert.equal((await rejection(proxied.send("list", undefined, { timeoutMs: 300 }))).code, "timeout");
    await waitFor("the reply held back by the proxy", () => proxy.links.size === 1 && [...proxy.links][0].held.length > 0, WAIT_MS);
    proxy.thaw();
    assert.ok(proxy.released > 0, "the late reply reached the client");
    // the server answers one connection's calls in order, so the late reply arrives before this one's
    assert.ok(Array.isArray(await proxied.send("list")), "the connection answers the next call");
    assert.equal(proxied.state, "open");
  });
});

describe("the sample's chat channel through the generated client", () => {
  test("logs in in-band from onOpen and delivers messages to the other pages", async (t) => {
    const token = async (user, password) => {
      const response = await fetch(new URL("api/login", base), {
        method: "POST",
        headers: { Authorization: "Basic " + Buffer.from(`${user}:${password}`).toString("base64") },
      });
      assert.equal(response.status, 200);
      return (await response.json()).token;
    };
    const bobToken = await token("bob", "bob-secret");
    const bob = open("chat", { onOpen: (chat) => chat.send("login", { token: bobToken }) });
    const reader = open("chat");
    t.after(() => [bob, reader].forEach((c) => c.close()));
    const heardByReader = [];
    const heardByBob = [];
    reader.subscribe("chat:message", (message) => heardByReader.push(message));
    bob.subscribe("chat:message", (message) => heardByBob.push(message));
    await reader.send("history", { limit: 1 });
    const sent = await bob.send("send", { text: "Hello from Node" });
    assert.equal(sent.sender, "bob");
    await waitFor("the message on the other page", () => heardByReader.some((m) => m.id === sent.id), WAIT_MS);
    assert.equal((await rejection(reader.send("send", { text: "Not signed in" }))).code, "unauthenticated");
    // the server queues an event for bob before bob's reply, so an echo would have arrived by now
    assert.ok(!heardByBob.some((m) => m.id === sent.id), "the sender is not echoed its own message");
  });
});

describe("a server restart", () => {
  test("is survived by reconnecting, with onOpen run again", async (t) => {
    assert.ok(restartCommand, "KANAVA_RESTART_COMMAND restarts the server, e.g. jboss-cli.sh --connect --command=:reload");
    const states = [];
    let opened = 0;
    const todos = open("todos", { onOpen: () => opened++, onStateChange: (state) => states.push(state) });
    t.after(() => todos.close());
    await todos.send("list");
    assert.equal(opened, 1);
    execSync(restartCommand, { stdio: "inherit", timeout: 120000 });
    await waitFor("the connection to drop", () => states.includes("reconnecting"), 60000);
    await waitFor("the connection to come back", () => todos.state === "open" && opened >= 2, 90000);
    assert.ok(Array.isArray(await todos.send("list")), "calls work again after the restart");
  });
});
