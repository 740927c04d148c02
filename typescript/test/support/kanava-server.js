// A tiny kanava.v1 server on a real `ws` WebSocketServer (127.0.0.1, ephemeral port) that tests script per action.
import { once } from "node:events";
import { WebSocketServer } from "ws";

export class KanavaTestServer {
  /** Starts listening; the base URL is `ws://127.0.0.1:<port>/app`. */
  static async start() {
    const wss = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await once(wss, "listening");
    return new KanavaTestServer(wss);
  }

  constructor(wss) {
    this.wss = wss;
    this.url = `ws://127.0.0.1:${wss.address().port}/app`;
    /** Every upgrade request: its path with query, and the subprotocol agreed. */
    this.handshakes = [];
    /** Every call frame received, parsed. */
    this.frames = [];
    /** Close codes of connections the client closed. */
    this.closeCodes = [];
    this.handlers = new Map();
    wss.on("connection", (socket, request) => this.accept(socket, request));
  }

  /** Answers calls of `action` with `handler(call)`; the handler replies through `call.reply` or `call.fail`. */
  on(action, handler) {
    this.handlers.set(action, handler);
    return this;
  }

  get sockets() {
    return [...this.wss.clients];
  }

  /** Pushes an event frame to every open connection. */
  publish(event, data) {
    for (const socket of this.sockets) socket.send(JSON.stringify({ event, data }));
  }

  /** Sends raw text to every open connection. */
  sendRaw(text) {
    for (const socket of this.sockets) socket.send(text);
  }

  /** Drops every connection without a close handshake, as a crashed server or a lost network would. */
  dropAll() {
    for (const socket of this.sockets) socket.terminate();
  }

  async stop() {
    this.dropAll();
    await new Promise((resolve) => this.wss.close(resolve));
  }

  accept(socket, request) {
    this.handshakes.push({ path: request.url, protocol: socket.protocol });
    socket.on("close", (code) => this.closeCodes.push(code));
    socket.on("message", (raw) => this.receive(socket, JSON.parse(String(raw))));
  }

  receive(socket, frame) {
    this.frames.push(frame);
    const handler = this.handlers.get(frame.action);
    const call = new ReceivedCall(socket, frame);
    if (handler) handler(call);
    else call.fail({ code: "unknown_action", message: `Unknown action ${frame.action}` });
  }
}

/** One call as the server saw it. */
class ReceivedCall {
  constructor(socket, frame) {
    this.socket = socket;
    this.frame = frame;
    this.data = frame.data;
  }

  /** Sends the reply; a void reply (data undefined) carries no data member. */
  reply(data) {
    const { id, action } = this.frame;
    this.send(data === undefined ? { id, action } : { id, action, data });
  }

  fail(error) {
    const { id, action } = this.frame;
    this.send({ id, action, error });
  }

  send(frame) {
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(JSON.stringify(frame));
  }
}
