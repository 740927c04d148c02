// Kanava client runtime for the kanava.v1 wire protocol.
//
// Kanava's generator builds one client module per application by concatenating a generated header (payload types
// and the `Channels` map), this file verbatim, and a generated tail (`connect`). So this file imports nothing and
// needs only a WebSocket: the platform's (browsers, Node 22) or one passed in (the `ws` package on Node 20).
/** A failed call: an error frame from the server, or a client-side `timeout` or `disconnected`. */
export class KanavaError extends Error {
    constructor(code, message, details = {}) {
        super(message);
        this.name = "KanavaError";
        this.code = code;
        if (details.errorId !== undefined)
            this.errorId = details.errorId;
        if (details.action !== undefined)
            this.action = details.action;
        if (details.violations !== undefined)
            this.violations = details.violations;
    }
}
/**
 * Whether `error` is a KanavaError. Name the possible codes to have `code` checked against them, e.g.
 * `isKanavaError<ErrorCodeOf<Channels["todos"], "delete">>(e) && e.code === "todo_not_found"`.
 */
export function isKanavaError(error) {
    return error instanceof KanavaError;
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
export class KanavaChannel {
    /** Starts connecting at once; throws if the URL cannot be built (bad scheme, missing route parameter). */
    constructor(routeTemplate, options) {
        this.calls = new Map();
        this.listeners = new Map();
        this.readyAt = 0;
        this.currentState = "connecting";
        this.lastId = 0;
        /** Connection attempts failed since the socket last opened; sets the back-off. */
        this.failedAttempts = 0;
        this.options = options;
        this.url = channelUrl(options.url, routeTemplate, options.params, options.query);
        this.openSocket();
    }
    get state() {
        return this.currentState;
    }
    /** Calls `action` and resolves with its reply's data, or rejects with a KanavaError. */
    send(action, ...args) {
        return this.call(action, args, undefined);
    }
    /** Makes a call; `direct` is the socket `onOpen` runs for, whose calls do not wait for it to be ready. */
    call(action, args, direct) {
        const [data, callOptions] = args;
        return new Promise((resolve, reject) => {
            if (this.currentState === "closed") {
                throw new KanavaError("disconnected", `kanava: call "${action}" on a closed channel`, { action });
            }
            const id = String(++this.lastId);
            const frame = JSON.stringify(data === undefined ? { id, action } : { id, action, data });
            const timeoutMs = callOptions?.timeoutMs ?? this.options.timeoutMs ?? KANAVA_DEFAULT_TIMEOUT_MS;
            const timer = setTimeout(() => this.timeOut(id, timeoutMs), Math.min(timeoutMs, KANAVA_MAX_TIMER_MS));
            const call = { action, frame, sent: false, timer, resolve, reject };
            this.calls.set(id, call);
            const target = direct ?? this.readySocket;
            if (target && target === this.socket && target.readyState === KANAVA_SOCKET_OPEN)
                this.transmit(target, call);
        });
    }
    /** The channel as `onOpen` sees it: the same, but its calls go straight to the socket that just opened. */
    hookView(socket) {
        const view = Object.create(this);
        view.send = ((action, ...args) => this.call(action, args, socket));
        return view;
    }
    /**
     * Listens for `event` frames; which events arrive is the server's decision. Listeners survive reconnects.
     * Returns the function that removes this listener.
     */
    subscribe(event, listener) {
        const untyped = listener;
        let set = this.listeners.get(event);
        if (!set)
            this.listeners.set(event, (set = new Set()));
        set.add(untyped);
        return () => {
            set.delete(untyped);
        };
    }
    /** Closes with 1000, stops reconnecting and rejects pending calls with `disconnected`. */
    close() {
        if (this.currentState === "closed")
            return;
        clearTimeout(this.reconnectTimer);
        const socket = this.socket;
        this.socket = undefined;
        this.readySocket = undefined;
        this.setState("closed");
        socket?.close(1000);
        this.failCalls(() => true, "the channel was closed");
    }
    openSocket() {
        const Socket = this.options.WebSocket ?? platformWebSocket();
        const socket = new Socket(this.url, [KANAVA_SUBPROTOCOL]);
        this.socket = socket;
        socket.onopen = () => this.opened(socket);
        socket.onmessage = (event) => {
            if (socket === this.socket)
                this.receive(event.data);
        };
        socket.onclose = (event) => this.closed(socket, event?.code);
        // A close event follows every error; this handler only keeps `ws` from throwing an unhandled 'error'.
        socket.onerror = () => undefined;
    }
    opened(socket) {
        if (socket !== this.socket)
            return;
        this.setState("open");
        void this.runOnOpen(socket).then(() => {
            if (socket !== this.socket)
                return;
            this.readySocket = socket;
            this.readyAt = Date.now();
            this.sendWaitingCalls(socket);
        });
    }
    async runOnOpen(socket) {
        try {
            await this.options.onOpen?.(this.hookView(socket));
        }
        catch (error) {
            console.error("kanava: onOpen failed; the connection stays open", error);
        }
    }
    sendWaitingCalls(socket) {
        for (const call of this.calls.values()) {
            if (!call.sent)
                this.transmit(socket, call);
        }
    }
    transmit(socket, call) {
        socket.send(call.frame);
        call.sent = true;
    }
    closed(socket, code) {
        if (socket !== this.socket)
            return;
        const wasStable = this.readySocket === socket && Date.now() - this.readyAt >= KANAVA_STABLE_MS && code !== KANAVA_TRY_AGAIN_LATER;
        this.socket = undefined;
        this.readySocket = undefined;
        this.failCalls((call) => call.sent, "the connection closed before the reply");
        if (code === KANAVA_POLICY_VIOLATION || this.options.reconnect?.enabled === false) {
            this.setState("closed");
            const why = code === KANAVA_POLICY_VIOLATION ? "the server refused it (1008)" : "reconnecting is off";
            this.failCalls(() => true, `the connection closed and ${why}`);
        }
        else {
            if (wasStable)
                this.failedAttempts = 0;
            this.setState("reconnecting");
            // an onStateChange listener may have closed the channel
            if (this.currentState === "reconnecting")
                this.scheduleReconnect();
        }
    }
    /** Exponential back-off with full jitter: a random delay below min(max, initial * 2^failures). */
    scheduleReconnect() {
        const initial = this.options.reconnect?.initialDelayMs ?? KANAVA_DEFAULT_INITIAL_DELAY_MS;
        const max = this.options.reconnect?.maxDelayMs ?? KANAVA_DEFAULT_MAX_DELAY_MS;
        const delay = Math.random() * Math.min(max, initial * 2 ** this.failedAttempts++);
        this.reconnectTimer = setTimeout(() => this.reconnect(), delay);
    }
    reconnect() {
        this.reconnectTimer = undefined;
        if (this.currentState === "closed")
            return;
        try {
            this.openSocket();
        }
        catch (error) {
            console.error("kanava: reconnecting failed", error);
            this.scheduleReconnect();
        }
    }
    /** Never throws: a frame that is neither a reply to a pending call nor an event is ignored. */
    receive(raw) {
        const frame = parseFrame(raw);
        if (!frame)
            return;
        if (typeof frame.event === "string") {
            this.dispatch(frame.event, frame.data);
        }
        else if (typeof frame.id === "string") {
            this.answer(frame.id, frame);
        }
    }
    answer(id, frame) {
        const call = this.calls.get(id);
        if (!call)
            return;
        this.forget(id, call);
        if (isObject(frame.error))
            call.reject(errorFromFrame(frame.error, call.action));
        else
            call.resolve(frame.data);
    }
    dispatch(event, data) {
        for (const listener of [...(this.listeners.get(event) ?? [])]) {
            try {
                listener(data);
            }
            catch (error) {
                console.error(`kanava: a listener of "${event}" failed`, error);
            }
        }
    }
    timeOut(id, timeoutMs) {
        const call = this.calls.get(id);
        if (!call)
            return;
        this.forget(id, call);
        const message = `kanava: call "${call.action}" (id ${id}) got no reply within ${timeoutMs} ms`;
        call.reject(new KanavaError("timeout", message, { action: call.action }));
    }
    failCalls(which, reason) {
        for (const [id, call] of [...this.calls]) {
            if (!which(call))
                continue;
            this.forget(id, call);
            const message = `kanava: call "${call.action}" (id ${id}) failed: ${reason}`;
            call.reject(new KanavaError("disconnected", message, { action: call.action }));
        }
    }
    forget(id, call) {
        clearTimeout(call.timer);
        this.calls.delete(id);
    }
    setState(state) {
        if (state === this.currentState)
            return;
        this.currentState = state;
        try {
            this.options.onStateChange?.(state);
        }
        catch (error) {
            console.error("kanava: onStateChange failed", error);
        }
    }
}
/** `ws[s]://host/<context>` + the route with its `{name}` segments filled + the query. */
function channelUrl(base, route, params, query) {
    const root = base.replace(/^http(s?):\/\//i, "ws$1://").replace(/\/+$/, "");
    if (!/^wss?:\/\//i.test(root)) {
        throw new TypeError(`kanava: url must start with ws://, wss://, http:// or https://, not "${base}"`);
    }
    const path = route.replace(/\{([^}]+)\}/g, (_segment, name) => encodeURIComponent(routeParam(params, name, route)));
    const search = query ? new URLSearchParams(query).toString() : "";
    return search ? `${root}${path}?${search}` : root + path;
}
function routeParam(params, name, route) {
    const value = params?.[name];
    if (value === undefined || value === null) {
        throw new TypeError(`kanava: route ${route} needs the parameter "${name}"`);
    }
    return String(value);
}
function platformWebSocket() {
    const Platform = globalThis.WebSocket;
    if (!Platform) {
        const fix = "pass one as the WebSocket option (e.g. the ws package's)";
        throw new TypeError(`kanava: this platform has no WebSocket; ${fix}`);
    }
    return Platform;
}
/** The frame as an object, or undefined for binary data, malformed JSON or anything but an object. */
function parseFrame(raw) {
    if (typeof raw !== "string")
        return undefined;
    try {
        const frame = JSON.parse(raw);
        return isObject(frame) ? frame : undefined;
    }
    catch {
        return undefined;
    }
}
function errorFromFrame(error, action) {
    const code = typeof error.code === "string" ? error.code : "internal";
    const message = typeof error.message === "string" ? error.message : code;
    return new KanavaError(code, message, {
        action,
        errorId: typeof error.errorId === "string" ? error.errorId : undefined,
        violations: Array.isArray(error.violations) ? error.violations : undefined,
    });
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
