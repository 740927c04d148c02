package io.kanava.impl;

import io.kanava.KanavaException;

/**
 * Every message Kanava's runtime reports, each with a stable code. Codes {@code KNV1xxx} are definition
 * problems found at deployment; {@code KNV3xxx} are runtime failures logged on the server. The README lists them
 * all.
 */
public final class Messages {

    private Messages() {}

    // ---- definitions (deployment fails) ----

    // ---- runtime (logged on the server) ----

    public static String handlerFailed(String channel, String action, String errorId) {
        return "KNV3002: action '" + action + "' of channel '" + channel + "' failed; the client got 'internal' with "
                + "errorId " + errorId + ".";
    }

    public static String callbackFailed(String callback, String channel, String connection, String errorId) {
        return "KNV3003: " + callback + " of channel '" + channel + "' failed for connection " + connection
                + " (errorId " + errorId + ").";
    }

    public static KanavaException queueFull(String channel, String connection, int frames, long chars) {
        return coded(
                "KNV3004",
                "the outgoing queue of connection " + connection + " on channel '" + channel + "' is full ("
                        + frames + " frames, " + chars + " characters); the client reads too slowly and is closed "
                        + "with 1013.");
    }

    public static String writeStalled(String channel, String connection, long seconds) {
        return "KNV3050: a frame to connection " + connection + " on channel '" + channel + "' has been in writing "
                + "for " + seconds + " s, longer than the liveness timeout (kanava.liveness.timeout); its client "
                + "does not read, or the server's write never ends. The connection is closed with 1013.";
    }

    public static String noServerContainer(String contextPath) {
        return "KNV3005: application '" + contextPath
                + "' has channels but no jakarta.websocket.server.ServerContainer "
                + "in its servlet context; enable the server's WebSocket feature (websocket-2.1 on Open Liberty).";
    }

    public static KanavaException connectionClosed(String channel, String connection) {
        return coded("KNV3006", "connection " + connection + " on channel '" + channel + "' is closed.");
    }

    public static String writeFailed(String channel, String connection) {
        return "KNV3007: writing to connection " + connection + " on channel '" + channel
                + "' failed; the connection is closed.";
    }

    public static String replyNotEncodable(String channel, String action, String errorId) {
        return "KNV3008: the reply of action '" + action + "' of channel '" + channel + "' could not be written as "
                + "JSON; the client got 'internal' with errorId " + errorId
                + ". Check the output type's JSON-B mapping.";
    }

    public static String cdiUnavailable(String contextPath) {
        return "KNV3009: application " + root(contextPath)
                + " has the Kanava runtime but CDI is not available; no channel " + "is registered.";
    }

    public static String registrationFailed(String channel, String route) {
        return "KNV3010: the WebSocket container refused the endpoint of channel '" + channel + "' at route '" + route
                + "'. Another endpoint of the application may already use that path.";
    }

    public static String originRefused(String channel, String origin) {
        return "KNV3011: refused a handshake to channel '" + channel + "' from origin '" + origin + "', which is "
                + "neither the request's own origin nor on the allow-list. If that origin is yours, add it to the "
                + "servlet context parameter kanava.allowed-origins.";
    }

    public static String connectionRefused(String channel, String connection, String reason) {
        return "KNV3012: onConnect of channel '" + channel + "' refused connection " + connection + ": " + reason;
    }

    public static String permissionFailed(String channel, String action, String errorId) {
        return "KNV3013: a permission of action '" + action + "' of channel '" + channel + "' failed; the call was "
                + "refused with 'internal' and errorId " + errorId + ".";
    }

    public static String listenerFailed(String topic) {
        return "KNV3014: a listener of topic '" + topic + "' failed; the other subscribers still got the event.";
    }

    public static String middlewareFailed(String channel, String event, Object middleware, String connection) {
        return "KNV3015: middleware " + middleware + " of channel '" + channel + "' failed on event '" + event
                + "'; the event was dropped for connection " + connection + ", which stays open.";
    }

    public static KanavaException middlewareRefused(String channel, String event, String connection) {
        return coded(
                "KNV3039",
                "a middleware of channel '" + channel + "' failed on event '" + event + "' sent to connection "
                        + connection + "; nothing was sent (the failure is logged as KNV3015).");
    }

    public static KanavaException reservedTopic(String topic) {
        return coded(
                "KNV3047",
                "topic '" + topic + "' starts with '$', which is reserved for Kanava's own messages (such as "
                        + "EventHub.disconnect's orders); name the topic without it.");
    }

    public static String microProfileConfigUnusable(Throwable failure) {
        return "KNV3049: MicroProfile Config is on the application's class path but cannot be read (" + failure
                + "), so Kanava reads its settings from the servlet context parameters only. Does the application "
                + "bundle its own MicroProfile Config API jar? Leave it to the server.";
    }

    public static String unreadableOrder(String json) {
        return "KNV3048: a disconnect order arrived that this node cannot read, and was ignored: "
                + (json.length() > 200 ? json.substring(0, 200) + "…" : json)
                + ". Do all nodes run the same Kanava version, and does nothing else publish to the transport's topic?";
    }

    public static KanavaException foreignConnection(Object connection) {
        return coded(
                "KNV3016",
                "" + connection + " is not a connection of this application's channels; the EventHub can "
                        + "only subscribe the Connection objects Kanava hands to handlers and callbacks.");
    }

    public static String eventsDropped(String channel, String connection, int events) {
        return "KNV3017: dropped the " + events + " oldest events queued for connection " + connection + " on channel '"
                + channel + "', whose client reads too slowly (slow-consumer policy DROP_OLDEST).";
    }

    public static KanavaException brokerUnavailable(String topic, Throwable cause) {
        return coded(
                "KNV3018",
                "the event could not be published: the JMS broker behind topic '" + topic + "' is not "
                        + "reachable. Nothing was delivered; publish again once it is back (the hub reconnects by "
                        + "itself).",
                cause);
    }

    public static KanavaException producersBusy(String topic, int producers, long waitMillis) {
        return coded(
                "KNV3018",
                "the event could not be published: all " + producers + " producers of this node to the JMS broker "
                        + "behind topic '" + topic + "' stayed busy for " + waitMillis + " ms, waiting for the broker."
                        + " Nothing was delivered; publish again, and see kanava.jms.producers and "
                        + "kanava.jms.producer-wait.");
    }

    public static String brokerLost(String topic) {
        return "KNV3019: lost the JMS broker behind topic '" + topic + "'; publishes fail until it is back, and the "
                + "hub reconnects in the background.";
    }

    public static String brokerBack(String topic) {
        return "KNV3020: connected to the JMS broker behind topic '" + topic + "'; events flow between nodes again.";
    }

    public static String jmsTransportChosen(String topic, String factory) {
        return "KNV3021: the EventHub shares events with the other nodes over JMS topic '" + topic + "' (" + factory
                + ").";
    }

    public static String jmsReleaseFailed(String topic) {
        return "KNV3022: closing the JMS client factory of topic '" + topic + "' failed; its threads may outlive the "
                + "application. Check the broker URL's pool settings (useGlobalPools).";
    }

    public static String foreignMessage(String topic, String messageId) {
        return "KNV3023: ignored message " + messageId + " on JMS topic '" + topic + "': it is not a Kanava event (a "
                + "text message with the property kanavaTopic). Give the EventHub a topic of its own "
                + "(kanava.jms.topic); further such messages are ignored without a word.";
    }

    public static String eventNotDelivered(String topic) {
        return "KNV3024: an event from JMS topic '" + topic + "' could not be delivered on this node; the link to the "
                + "broker stays up.";
    }

    public static String noSlowClientTimer(String contextPath, String name) {
        return "KNV3025: application " + root(contextPath) + " has no managed scheduled executor at '" + name
                + "', so a client closed for reading too slowly is closed at once and may not receive its 1013 close "
                + "frame. Enable Jakarta Concurrency in the server (Open Liberty: the concurrent-3.0 and jndi-1.0 features, both in "
                + "webProfile-10.0).";
    }

    public static String openSchema(String type, String where, String reason) {
        return "KNV3026: the AsyncAPI document describes " + type + " (" + where + ") as any JSON value, because "
                + reason + "; generated clients type it as unknown. Use a record or class with plain properties to "
                + "give clients its exact type.";
    }

    public static String clientFilesFailed(String contextPath) {
        return "KNV3027: the AsyncAPI document and the generated clients of application " + root(contextPath)
                + " could " + "not be made; they answer HTTP 503. The channels work regardless.";
    }

    public static String clientPathTaken(String path, Object conflicts) {
        return "KNV3028: the AsyncAPI document and the generated clients are not served at " + path + "/*: the "
                + "application maps " + conflicts + " itself. Move them with the servlet context parameter "
                + "kanava.client.path, or turn them off with 'off'.";
    }

    public static String codecNotDescribed(String contextPath, Class<?> codec) {
        return "KNV3029: application " + root(contextPath) + " replaces the payload codec with " + codec.getName()
                + "; its AsyncAPI document and generated clients describe payloads as JSON-B's default mapping writes "
                + "them, which may not be what this codec writes.";
    }

    public static String validationFailed(String channel, String action, String errorId) {
        return "KNV3030: validating the input of action '" + action + "' of channel '" + channel + "' failed (a "
                + "constraint or its validator threw); the call was refused with 'internal' and errorId " + errorId
                + ". Fix the constraint named in the stack trace.";
    }

    public static String inputsValidated(String contextPath, String validator) {
        return "KNV3031: application " + root(contextPath) + " validates action inputs with " + validator
                + " (Jakarta Validation); a call whose input breaks a constraint answers 'invalid_data' with the "
                + "violations.";
    }

    public static String inputsNotValidated(String contextPath) {
        return "KNV3032: application " + root(contextPath) + " has no Jakarta Validation provider; action inputs are "
                + "bound but not validated, and their constraint annotations are not enforced. Deploy to a server "
                + "that provides Jakarta Validation (every Jakarta EE 10 server does) to enforce them.";
    }

    public static String applicationJsonb(String contextPath, String kind) {
        return "KNV3033: application " + root(contextPath) + " binds action and event payloads with its own " + kind
                + " bean; its AsyncAPI document and generated clients describe JSON-B's default mapping, so a naming "
                + "strategy, adapter or format of that configuration is not in them.";
    }

    /** A failure with its code, which also starts its message, so the log shows it. */
    static KanavaException coded(String code, String message) {
        return new KanavaException(code, code + ": " + message);
    }

    /** A failure with its code and its cause. */
    static KanavaException coded(String code, String message, Throwable cause) {
        return new KanavaException(code, code + ": " + message, cause);
    }

    public static String publishAfterCommitFailed(String topic) {
        return "KNV3034: publishing an event of topic '" + topic + "' after its transaction committed failed; the "
                + "event is lost, the transaction stays committed.";
    }

    public static String noTransactions(String contextPath, String name) {
        return "KNV3035: application " + root(contextPath) + " has no " + name + "; events published inside a "
                + "transaction go out at once, not after it commits.";
    }

    public static String handshakeCheckFailed(Object check, String channel, String errorId) {
        return "KNV3036: handshake check " + check.getClass().getName() + " failed on a request to channel '"
                + channel + "'; the request was refused with HTTP 500 and errorId " + errorId + ". A check answers "
                + "a verdict (proceed, refuse or identify) and throws nothing.";
    }

    public static String handshakeRefused(String channel, int status, String reason) {
        return "KNV3037: a handshake check refused a request to channel '" + channel + "' with HTTP " + status + ": "
                + reason;
    }

    public static String applicationTransport(String contextPath, Class<?> transport) {
        return "KNV3038: application " + root(contextPath) + " carries its events with its own EventTransport bean "
                + transport.getName() + "; Kanava starts it and closes it when the application stops.";
    }

    public static String livenessOff(String contextPath, String name) {
        return "KNV3040: application " + root(contextPath) + " has no " + name
                + "; idle connections are not pinged and " + "dead ones are noticed only when the server notices them.";
    }

    public static String silent(String channel, String connection, long seconds) {
        return "KNV3041: connection " + connection + " on channel '" + channel + "' answered nothing for " + seconds
                + " s, not even a ping; it is closed with 1001.";
    }

    public static String answerTooLarge(
            String channel, String action, String connection, int length, long limit, String errorId) {
        return "KNV3042: the answer of action '" + action + "' of channel '" + channel + "' to connection "
                + connection + " has " + length + " characters, more than the channel's outgoing limit of " + limit
                + " (maxQueuedBytes); the client got 'internal' with errorId " + errorId
                + ". Answer less (page it) or raise the channel's maxQueuedBytes.";
    }

    public static String eventTooLarge(String channel, String event, int length, long limit) {
        return "KNV3043: event '" + event + "' has " + length + " characters, more than the outgoing limit of "
                + "channel '" + channel + "' (" + limit + ", maxQueuedBytes); it is not sent to that channel's "
                + "connections. Send less or raise the channel's maxQueuedBytes. Reported once per event name.";
    }

    public static KanavaException eventTooLargeFor(String channel, String event, String connection, long limit) {
        return coded(
                "KNV3043",
                "event '" + event + "' is larger than the outgoing limit of channel '" + channel + "' (" + limit
                        + " characters, maxQueuedBytes); it was not sent to connection " + connection + ".");
    }

    public static String tooManySubscriptions(int limit, String topic) {
        return "This connection is already subscribed to " + limit + " topics, its channel's bound; it was not "
                + "subscribed to '" + topic + "'. Unsubscribe from topics it no longer needs, or raise the bound "
                + "(maxSubscriptionsPerConnection, or kanava.limits.subscriptions-per-connection).";
    }

    public static String channelFull(String channel, int limit) {
        return "KNV3045: channel '" + channel + "' already has " + limit + " open connections on this node, its bound; "
                + "a new one was closed with 1013 (try again later); warned once, later ones are logged at FINE. Raise maxConnections or "
                + "kanava.limits.connections-per-channel if the server can take more.";
    }

    public static String principalFull(String channel, int limit) {
        return "KNV3046: a principal already has " + limit + " open connections to channel '" + channel + "' on this "
                + "node, its bound; a new one was closed with 1008. Raise maxConnectionsPerPrincipal or "
                + "kanava.limits.connections-per-principal if its clients need more.";
    }

    public static String metricsNotPublished(String contextPath, String name) {
        return "KNV3051: the metrics of application " + root(contextPath) + " could not be published as the MBean "
                + name + "; the application runs without them. Another application in this JVM may use the same "
                + "context path, or the server refused the registration (see the cause).";
    }

    /** An application's context path as people read it: the root context is {@code '/'}, not {@code ''}. */
    static String root(String contextPath) {
        return "'" + (contextPath == null || contextPath.isEmpty() ? "/" : contextPath) + "'";
    }

    static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }
}
