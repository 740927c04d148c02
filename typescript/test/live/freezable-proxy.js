// A TCP proxy on 127.0.0.1 in front of the sample's server that can hold back what the server sends, so that a test
// sees a call go unanswered (its timeout) without changing the server.
import net from "node:net";

export class FreezableProxy {
  static async start(targetHost, targetPort) {
    const proxy = new FreezableProxy(targetHost, targetPort);
    await new Promise((resolve) => proxy.server.listen(0, "127.0.0.1", resolve));
    return proxy;
  }

  constructor(targetHost, targetPort) {
    this.frozen = false;
    this.released = 0;
    this.links = new Set();
    this.server = net.createServer((client) => {
      const upstream = net.connect(targetPort, targetHost);
      const link = { client, upstream, held: [] };
      this.links.add(link);
      client.on("data", (chunk) => upstream.write(chunk));
      upstream.on("data", (chunk) => (this.frozen ? link.held.push(chunk) : client.write(chunk)));
      const end = () => {
        client.destroy();
        upstream.destroy();
        this.links.delete(link);
      };
      client.on("close", end).on("error", end);
      upstream.on("close", end).on("error", end);
    });
  }

  get port() {
    return this.server.address().port;
  }

  /** Holds back everything the server sends until `thaw`. */
  freeze() {
    this.frozen = true;
  }

  /** Delivers what was held back (counted in `released`, bytes), then forwards again. */
  thaw() {
    this.frozen = false;
    for (const link of this.links) {
      for (const chunk of link.held.splice(0)) {
        link.client.write(chunk);
        this.released += chunk.length;
      }
    }
  }

  async close() {
    for (const link of this.links) {
      link.client.destroy();
      link.upstream.destroy();
    }
    await new Promise((resolve) => this.server.close(resolve));
  }
}
