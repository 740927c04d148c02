/** What the generated `Channels` map says about one channel. */
export interface ChannelShape {
    params: object;
    actions: Record<string, {
        input: unknown;
        output: unknown;
        errors: string;
    }>;
    events: Record<string, unknown>;
}
/** Error codes any action call may get from the server. */
export type ProtocolErrorCode = "bad_request" | "unknown_action" | "unauthenticated" | "forbidden" | "invalid_data" | "rate_limited" | "internal";
/** Error codes the client raises itself. */
export type ClientErrorCode = "timeout" | "disconnected";
/** Every code a call of action `A` may reject with: the action's declared codes, the protocol's and the client's. */
export type ErrorCodeOf<S extends ChannelShape, A extends keyof S["actions"]> = S["actions"][A]["errors"] | ProtocolErrorCode | ClientErrorCode;
/** A failed call: an error frame from the server, or a client-side `timeout` or `disconnected`. */
export declare class KanavaError<Code extends string = string> extends Error {
    readonly code: Code;
    /** Set on `internal` errors: the same id appears in the server log. */
    readonly errorId?: string;
    readonly action?: string;
    /** Set on `invalid_data`: which input members broke which constraint. */
    readonly violations?: {
        path: string;
        message: string;
    }[];
    constructor(code: Code, message: string, details?: {
        errorId?: string;
        action?: string;
        violations?: {
            path: string;
            message: string;
        }[];
    });
}
/**
 * Whether `error` is a KanavaError. Name the possible codes to have `code` checked against them, e.g.
 * `isKanavaError<ErrorCodeOf<Channels["todos"], "delete">>(e) && e.code === "todo_not_found"`.
 */
export declare function isKanavaError<Code extends string = string>(error: unknown): error is KanavaError<Code>;
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
export type RouteParamsOption<P> = keyof P extends never ? {
    params?: P;
} : {
    params: P;
};
export type ConnectOptions<S extends ChannelShape> = ChannelOptions<S> & RouteParamsOption<S["params"]>;
export interface CallOptions {
    /** Overrides the channel's `timeoutMs` for this call. */
    timeoutMs?: number;
}
/** The arguments after the action name: its input, which may be left out when it is `void`, then call options. */
export type SendArgs<Input> = [Input] extends [void] ? [data?: undefined, options?: CallOptions] : [data: Input, options?: CallOptions];
/**
 * One channel connection: typed calls, event listeners, and reconnection with exponential back-off.
 *
 * A connection is ready once its `onOpen` has settled. A call made while none is ready waits, bounded by the call's
 * own timeout, and is sent once one is (so a page may call right after `connect`, and the in-band login that
 * `onOpen` makes always goes first: the channel `onOpen` is given sends its calls at once). Calls already sent when
 * the socket drops reject with `disconnected`. A close with 1008 (policy violation) stops reconnecting for good;
 * browsers report a refused handshake (HTTP 401/403) only as 1006, which is retried with back-off.
 */
export declare class KanavaChannel<S extends ChannelShape> {
    private readonly url;
    private readonly options;
    private readonly calls;
    private readonly listeners;
    private socket;
    /** The socket whose `onOpen` has settled; calls go straight to it. */
    private readySocket;
    private readyAt;
    private currentState;
    private lastId;
    /** Connection attempts failed since the socket last opened; sets the back-off. */
    private failedAttempts;
    private reconnectTimer;
    /** Starts connecting at once; throws if the URL cannot be built (bad scheme, missing route parameter). */
    constructor(routeTemplate: string, options: ConnectOptions<S>);
    get state(): ChannelState;
    /** Calls `action` and resolves with its reply's data, or rejects with a KanavaError. */
    send<A extends keyof S["actions"] & string>(action: A, ...args: SendArgs<S["actions"][A]["input"]>): Promise<S["actions"][A]["output"]>;
    /** Makes a call; `direct` is the socket `onOpen` runs for, whose calls do not wait for it to be ready. */
    private call;
    /** The channel as `onOpen` sees it: the same, but its calls go straight to the socket that just opened. */
    private hookView;
    /**
     * Listens for `event` frames; which events arrive is the server's decision. Listeners survive reconnects.
     * Returns the function that removes this listener.
     */
    subscribe<E extends keyof S["events"] & string>(event: E, listener: (data: S["events"][E]) => void): () => void;
    /** Closes with 1000, stops reconnecting and rejects pending calls with `disconnected`. */
    close(): void;
    private openSocket;
    private opened;
    private runOnOpen;
    private sendWaitingCalls;
    private transmit;
    private closed;
    /** Exponential back-off with full jitter: a random delay below min(max, initial * 2^failures). */
    private scheduleReconnect;
    private reconnect;
    /** Never throws: a frame that is neither a reply to a pending call nor an event is ignored. */
    private receive;
    private answer;
    private dispatch;
    private timeOut;
    private failCalls;
    private forget;
    private setState;
}
