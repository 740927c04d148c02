import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { describe, it } from "node:test";
import { promisify } from "node:util";
import { clientUrl, scenario } from "../support/client.js";

// Node 20 has a global WebSocket only behind a flag; Node 22 and browsers have it by default.
const globalWebSocketFlags = typeof WebSocket === "undefined" ? ["--experimental-websocket"] : [];

describe("platform WebSocket", { timeout: 5000 }, () => {
  it("connects with the global WebSocket when none is passed in", async (t) => {
    const { server } = await scenario(t);
    server.on("list", (call) => call.reply(["from the platform socket"]));
    const script = `
      const { connect } = await import(${JSON.stringify(clientUrl)});
      const todos = connect("todos", { url: ${JSON.stringify(server.url)}, timeoutMs: 2000 });
      console.log(JSON.stringify(await todos.send("list")));
      todos.close();`;

    const node = [...globalWebSocketFlags, "--no-warnings", "--input-type=module", "--eval", script];
    const { stdout } = await promisify(execFile)(process.execPath, node, { timeout: 4000 });

    assert.deepEqual(JSON.parse(stdout), ["from the platform socket"]);
    assert.equal(server.handshakes[0].protocol, "kanava.v1");
  });
});
