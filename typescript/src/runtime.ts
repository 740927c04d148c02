// Kanava client runtime for the kanava.v1 wire protocol.
//
// Kanava's generator builds one client module per application by concatenating a generated header (payload types
// and the `Channels` map), this file verbatim, and a generated tail (`connect`). So this file imports nothing and
// needs only a WebSocket: the platform's (browsers, Node 22) or one passed in (the `ws` package on Node 20).

/** What the generated `Channels` map says about one channel. */
export interface ChannelShape {
  params: object;
  actions: Record<string, { input: unknown; output: unknown; errors: string }>;
  events: Record<string, unknown>;
}

/** Error codes any action call may get from the server. */
export type ProtocolErrorCode =
  | "bad_request"
  | "unknown_action"
  | "unauthenticated"
  | "forbidden"
  | "invalid_data"
  | "rate_limited"
  | "internal";

/** Error codes the client raises itself. */
export type ClientErrorCode = "timeout" | "disconnected";

/** Every code a call of action `A` may reject with: the action's declared codes, the protocol's and the client's. */
export type ErrorCodeOf<S extends ChannelShape, A extends keyof S["actions"]> =
  | S["actions"][A]["errors"]
  | ProtocolErrorCode
  | ClientErrorCode;

/** A failed call: an error frame from the server, or a client-side `timeout` or `disconnected`. */
export class KanavaError<Code extends string = string> extends Error {
  readonly code: Code;
  /** Set on `internal` errors: the same id appears in the server log. */
  readonly errorId?: string;
  readonly action?: string;
  /** Set on `invalid_data`: which input members broke which constraint. */
  readonly violations?: { path: string; message: string }[];

  constructor(
    code: Code,
    message: string,
    details: { errorId?: string; action?: string; violations?: { path: string; message: string }[] } = {},
  ) {
    super(message);
    this.name = "KanavaError";
    this.code = code;
    if (details.errorId !== undefined) this.errorId = details.errorId;
    if (details.action !== undefined) this.action = details.action;
    if (details.violations !== undefined) this.violations = details.violations;
  }
}

/**
 * Whether `error` is a KanavaError. Name the possible codes to have `code` checked against them, e.g.
 * `isKanavaError<ErrorCodeOf<Channels["todos"], "delete">>(e) && e.code === "todo_not_found"`.
 */
export function isKanavaError<Code extends string = string>(error: unknown): error is KanavaError<Code> {
  return error instanceof KanavaError;
}

/**
 * The part of a WebSocket the runtime uses; the browser's, Node 22's and the `ws` package's all fit. The handlers
 * take `any` because each platform types its events differently; the runtime reads only a message event's `data`.
 */
export interface WebSocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((event: any) => void) | null;
  onmessage: ((event: any) => void) | null;
  onclose: ((event: any) => void) | null;
  onerror: ((event: any) => void) | null;
}

export type WebSocketConstructor = new (url: string, protocols: string[]) => WebSocketLike;

/**
 * `connecting` until the first socket opens; `open` while a socket is open (`onOpen` may still be running);
 * `reconnecting` from a lost or failed socket until the next one opens; `closed` after `close()`, or after a loss
 * when reconnecting is disabled.
 */
export type ChannelState = "connecting" | "open" | "reconnecting" | "closed";

export interface ReconnectOptions {
  /** Default true. */
  enabled?: boolean;
  /** Upper bound of the first retry's delay; it doubles per failed attempt. Default 500. */
  initialDelayMs?: number;
  /** Cap of the delay's upper bound. Default 30000. */
  maxDelayMs?: number;
}

/** Everything `connect` takes except the route parameters. */
export interface ChannelOptions<S extends ChannelShape> {
  /** The application's base URL, `ws[s]://host/<context>`; `http[s]://` is mapped to `ws[s]://`. */
  url: string;
  query?: Record<string, string>;
  /** Default timeout of a call, from sending until its reply. Default 10000. */
  timeoutMs?: number;
  /** The WebSocket implementation, when the platform has none (Node 20: the `ws` package's). */
  WebSocket?: WebSocketConstructor;
  reconnect?: ReconnectOptions;
  /**
   * Runs after every connect and reconnect, e.g. to log in in-band again. Calls made before the socket opened are
   * sent once it has settled. If it throws or rejects, the error is logged and the connection stays open.
   */
  onOpen?: (channel: KanavaChannel<S>) => void | Promise<unknown>;
  onStateChange?: (state: ChannelState) => void;
}

/** `params` may be left out when the channel's route has no parameters. */
export type RouteParamsOption<P> = keyof P extends never ? { params?: P } : { params: P };

export type ConnectOptions<S extends ChannelShape> = ChannelOptions<S> & RouteParamsOption<S["params"]>;

export interface CallOptions {
  /** Overrides the channel's `timeoutMs` for this call. */
  timeoutMs?: number;
}

/** The arguments after the action name: its input, which may be left out when it is `void`, then call options. */
export type SendArgs<Input> = [Input] extends [void]
  ? [data?: undefined, options?: CallOptions]
  : [data: Input, options?: CallOptions];

interface KanavaPendingCall {
  action: string;
  frame: string;
  /** False while the call waits for the socket to open. */
  sent: boolean;
  timer: ReturnType<typeof setTimeout>;
  resolve(data: unknown): void;
  reject(error: KanavaError): void;
}

const KANAVA_SUBPROTOCOL = "kanava.v1";
const KANAVA_SOCKET_OPEN = 1;
const KANAVA_DEFAULT_TIMEOUT_MS = 10000;
const KANAVA_DEFAULT_INITIAL_DELAY_MS = 500;
const KANAVA_DEFAULT_MAX_DELAY_MS = 30000;
/** The longest delay setTimeout keeps; longer call timeouts are clamped to it. */
const KANAVA_MAX_TIMER_MS = 2147483647;
/** How long a connection must have been ready for its end to start the back-off afresh. */
const KANAVA_STABLE_MS = 5000;
/** Close codes after which reconnecting is pointless (policy violation) or must back off (try again later). */
const KANAVA_POLICY_VIOLATION = 1008;
const KANAVA_TRY_AGAIN_LATER = 1013;

/**
 * One channel connection: typed calls, event listeners, and reconnection with exponential back-off.
 *
 * A connection is ready once its `onOpen` has settled. A call made while none is ready waits, bounded by the call's
 * own timeout, and is sent once one is (so a page may call right after `connect`, and the in-band login that
 * `onOpen` makes always goes first: the channel `onOpen` is given sends its calls at once). Calls already sent when
 * the socket drops reject with `disconnected`. A close with 1008 (policy violation) stops reconnecting for good;
 * browsers report a refused handshake (HTTP 401/403) only as 1006, which is retried with back-off.
 */
export class KanavaChannel<S extends ChannelShape> {
  private readonly url: string;
  private readonly options: ChannelOptions<S>;
  private readonly calls = new Map<string, KanavaPendingCall>();
  private readonly listeners = new Map<string, Set<(data: unknown) => void>>();
  private socket: WebSocketLike | undefined;
  /** The socket whose `onOpen` has settled; calls go straight to it. */
  private readySocket: WebSocketLike | undefined;
  private readyAt = 0;
  private currentState: ChannelState = "connecting";
  private lastId = 0;
  /** Connection attempts failed since the socket last opened; sets the back-off. */
  private failedAttempts = 0;
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined;

  /** Starts connecting at once; throws if the URL cannot be built (bad scheme, missing route parameter). */
  constructor(routeTemplate: string, options: ConnectOptions<S>) {
    this.options = options;
    this.url = channelUrl(options.url, routeTemplate, options.params, options.query);
    this.openSocket();
  }

  get state(): ChannelState {
    return this.currentState;
  }

  /** Calls `action` and resolves with its reply's data, or rejects with a KanavaError. */
  send<A extends keyof S["actions"] & string>(
    action: A,
    ...args: SendArgs<S["actions"][A]["input"]>
  ): Promise<S["actions"][A]["output"]> {
    return this.call(action, args, undefined) as Promise<S["actions"][A]["output"]>;
  }

  /** Makes a call; `direct` is the socket `onOpen` runs for, whose calls do not wait for it to be ready. */
  private call(action: string, args: unknown[], direct: WebSocketLike | undefined): Promise<unknown> {
    const [data, callOptions] = args as [unknown, CallOptions | undefined];
    return new Promise((resolve, reject) => {
      if (this.currentState === "closed") {
        throw new KanavaError("disconnected", `kanava: call "${action}" on a closed channel`, { action });
      }
      const id = String(++this.lastId);
      const frame = JSON.stringify(data === undefined ? { id, action } : { id, action, data });
      const timeoutMs = callOptions?.timeoutMs ?? this.options.timeoutMs ?? KANAVA_DEFAULT_TIMEOUT_MS;
      const timer = setTimeout(() => this.timeOut(id, timeoutMs), Math.min(timeoutMs, KANAVA_MAX_TIMER_MS));
      const call: KanavaPendingCall = { action, frame, sent: false, timer, resolve, reject };
      this.calls.set(id, call);
      const target = direct ?? this.readySocket;
      if (target && target === this.socket && target.readyState === KANAVA_SOCKET_OPEN) this.transmit(target, call);
    });
  }

  /** The channel as `onOpen` sees it: the same, but its calls go straight to the socket that just opened. */
  private hookView(socket: WebSocketLike): KanavaChannel<S> {
    const view = Object.create(this) as KanavaChannel<S>;
    view.send = ((action: string, ...args: unknown[]) => this.call(action, args, socket)) as KanavaChannel<S>["send"];
    return view;
  }

  /**
   * Listens for `event` frames; which events arrive is the server's decision. Listeners survive reconnects.
   * Returns the function that removes this listener.
   */
  subscribe<E extends keyof S["events"] & string>(event: E, listener: (data: S["events"][E]) => void): () => void {
    const untyped = listener as (data: unknown) => void;
    let set = this.listeners.get(event);
    if (!set) this.listeners.set(event, (set = new Set()));
    set.add(untyped);
    return () => {
      set.delete(untyped);
    };
  }

  /** Closes with 1000, stops reconnecting and rejects pending calls with `disconnected`. */
  close(): void {
    if (this.currentState === "closed") return;
    clearTimeout(this.reconnectTimer);
    const socket = this.socket;
    this.socket = undefined;
    this.readySocket = undefined;
    this.setState("closed");
    socket?.close(1000);
    this.failCalls(() => true, "the channel was closed");
  }

  private openSocket(): void {
    const Socket = this.options.WebSocket ?? platformWebSocket();
    const socket = new Socket(this.url, [KANAVA_SUBPROTOCOL]);
    this.socket = socket;
    socket.onopen = () => this.opened(socket);
    socket.onmessage = (event: { data?: unknown }) => {
      if (socket === this.socket) this.receive(event.data);
    };
    socket.onclose = (event: { code?: number }) => this.closed(socket, event?.code);
    // A close event follows every error; this handler only keeps `ws` from throwing an unhandled 'error'.
    socket.onerror = () => undefined;
  }

  private opened(socket: WebSocketLike): void {
    if (socket !== this.socket) return;
    this.setState("open");
    void this.runOnOpen(socket).then(() => {
      if (socket !== this.socket) return;
      this.readySocket = socket;
      this.readyAt = Date.now();
      this.sendWaitingCalls(socket);
    });
  }

  private async runOnOpen(socket: WebSocketLike): Promise<void> {
    try {
      await this.options.onOpen?.(this.hookView(socket));
    } catch (error) {
      console.error("kanava: onOpen failed; the connection stays open", error);
    }
  }

  private sendWaitingCalls(socket: WebSocketLike): void {
    for (const call of this.calls.values()) {
      if (!call.sent) this.transmit(socket, call);
    }
  }

  private transmit(socket: WebSocketLike, call: KanavaPendingCall): void {
    socket.send(call.frame);
    call.sent = true;
  }

  private closed(socket: WebSocketLike, code: number | undefined): void {
    if (socket !== this.socket) return;
    const wasStable =
      this.readySocket === socket && Date.now() - this.readyAt >= KANAVA_STABLE_MS && code !== KANAVA_TRY_AGAIN_LATER;
    this.socket = undefined;
    this.readySocket = undefined;
    this.failCalls((call) => call.sent, "the connection closed before the reply");
    if (code === KANAVA_POLICY_VIOLATION || this.options.reconnect?.enabled === false) {
      this.setState("closed");
      const why = code === KANAVA_POLICY_VIOLATION ? "the server refused it (1008)" : "reconnecting is off";
      this.failCalls(() => true, `the connection closed and ${why}`);
    } else {
      if (wasStable) this.failedAttempts = 0;
      this.setState("reconnecting");
      // an onStateChange listener may have closed the channel
      if (this.currentState === "reconnecting") this.scheduleReconnect();
    }
  }

  /** Exponential back-off with full jitter: a random delay below min(max, initial * 2^failures). */
  private scheduleReconnect(): void {
    const initial = this.options.reconnect?.initialDelayMs ?? KANAVA_DEFAULT_INITIAL_DELAY_MS;
    const max = this.options.reconnect?.maxDelayMs ?? KANAVA_DEFAULT_MAX_DELAY_MS;
    const delay = Math.random() * Math.min(max, initial * 2 ** this.failedAttempts++);
    this.reconnectTimer = setTimeout(() => this.reconnect(), delay);
  }

  private reconnect(): void {
    this.reconnectTimer = undefined;
    if (this.currentState === "closed") return;
    try {
      this.openSocket();
    } catch (error) {
      console.error("kanava: reconnecting failed", error);
      this.scheduleReconnect();
    }
  }

  /** Never throws: a frame that is neither a reply to a pending call nor an event is ignored. */
  private receive(raw: unknown): void {
    const frame = parseFrame(raw);
    if (!frame) return;
    if (typeof frame.event === "string") {
      this.dispatch(frame.event, frame.data);
    } else if (typeof frame.id === "string") {
      this.answer(frame.id, frame);
    }
  }

  private answer(id: string, frame: Record<string, unknown>): void {
    const call = this.calls.get(id);
    if (!call) return;
    this.forget(id, call);
    if (isObject(frame.error)) call.reject(errorFromFrame(frame.error, call.action));
    else call.resolve(frame.data);
  }

  private dispatch(event: string, data: unknown): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      try {
        listener(data);
      } catch (error) {
        console.error(`kanava: a listener of "${event}" failed`, error);
      }
    }
  }

  private timeOut(id: string, timeoutMs: number): void {
    const call = this.calls.get(id);
    if (!call) return;
    this.forget(id, call);
    const message = `kanava: call "${call.action}" (id ${id}) got no reply within ${timeoutMs} ms`;
    call.reject(new KanavaError("timeout", message, { action: call.action }));
  }

  private failCalls(which: (call: KanavaPendingCall) => boolean, reason: string): void {
    for (const [id, call] of [...this.calls]) {
      if (!which(call)) continue;
      this.forget(id, call);
      const message = `kanava: call "${call.action}" (id ${id}) failed: ${reason}`;
      call.reject(new KanavaError("disconnected", message, { action: call.action }));
    }
  }

  private forget(id: string, call: KanavaPendingCall): void {
    clearTimeout(call.timer);
    this.calls.delete(id);
  }

  private setState(state: ChannelState): void {
    if (state === this.currentState) return;
    this.currentState = state;
    try {
      this.options.onStateChange?.(state);
    } catch (error) {
      console.error("kanava: onStateChange failed", error);
    }
  }
}

/** `ws[s]://host/<context>` + the route with its `{name}` segments filled + the query. */
function channelUrl(base: string, route: string, params?: object, query?: Record<string, string>): string {
  const root = base.replace(/^http(s?):\/\//i, "ws$1://").replace(/\/+$/, "");
  if (!/^wss?:\/\//i.test(root)) {
    throw new TypeError(`kanava: url must start with ws://, wss://, http:// or https://, not "${base}"`);
  }
  const path = route.replace(/\{([^}]+)\}/g, (_segment, name: string) =>
    encodeURIComponent(routeParam(params, name, route)),
  );
  const search = query ? new URLSearchParams(query).toString() : "";
  return search ? `${root}${path}?${search}` : root + path;
}

function routeParam(params: object | undefined, name: string, route: string): string {
  const value = (params as Record<string, unknown> | undefined)?.[name];
  if (value === undefined || value === null) {
    throw new TypeError(`kanava: route ${route} needs the parameter "${name}"`);
  }
  return String(value);
}

function platformWebSocket(): WebSocketConstructor {
  const Platform = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (!Platform) {
    const fix = "pass one as the WebSocket option (e.g. the ws package's)";
    throw new TypeError(`kanava: this platform has no WebSocket; ${fix}`);
  }
  return Platform;
}

/** The frame as an object, or undefined for binary data, malformed JSON or anything but an object. */
function parseFrame(raw: unknown): Record<string, unknown> | undefined {
  if (typeof raw !== "string") return undefined;
  try {
    const frame: unknown = JSON.parse(raw);
    return isObject(frame) ? frame : undefined;
  } catch {
    return undefined;
  }
}

function errorFromFrame(error: Record<string, unknown>, action: string): KanavaError {
  const code = typeof error.code === "string" ? error.code : "internal";
  const message = typeof error.message === "string" ? error.message : code;
  return new KanavaError(code, message, {
    action,
    errorId: typeof error.errorId === "string" ? error.errorId : undefined,
    violations: Array.isArray(error.violations) ? error.violations : undefined,
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
