// Loads the test client the way an application gets it: runtime/runtime.js concatenated with the generated tail.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { WebSocket } from "ws";
import { assembleClient } from "../../scripts/assemble-client.mjs";
import { KanavaTestServer } from "./kanava-server.js";

const clientDir = mkdtempSync(join(tmpdir(), "kanava-client-"));
process.on("exit", () => rmSync(clientDir, { recursive: true, force: true }));
/** The assembled client.js, for a test that loads it in another process. */
export const clientUrl = pathToFileURL(assembleClient(clientDir, "client.js")).href;
export const { connect, KanavaChannel, KanavaError, isKanavaError } = await import(clientUrl);

/**
 * A server for one test and `open`, which connects to it with the `ws` WebSocket (Node 20 has no global one) and a
 * short back-off. Channels and server are closed when the test ends.
 */
export async function scenario(t) {
  const server = await KanavaTestServer.start();
  const channels = [];
  t.after(async () => {
    for (const channel of channels) channel.close();
    await server.stop();
  });
  const open = (channel, options = {}) => {
    const opened = connect(channel, {
      url: server.url,
      WebSocket,
      ...options,
      reconnect: { initialDelayMs: 10, maxDelayMs: 50, ...options.reconnect },
    });
    channels.push(opened);
    return opened;
  };
  return { server, open };
}
