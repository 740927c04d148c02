package io.kanava.impl;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.kanava.ChannelDefinition;
import io.kanava.KanavaException;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.routing.ErrorCode;

/**
 * Every message Kanava's runtime reports, each with a stable code. Codes {@code KNV1xxx} are definition
 * problems found at deployment; {@code KNV3xxx} are runtime failures logged on the server. The README lists them
 * all.
 */
public final class Messages {

    private Messages() {}

    // ---- definitions (deployment fails) ----

    public static KanavaException duplicateChannelName(String name, List<String> sources) {
        return coded(
                "KNV1001",
                "channel name '" + name + "' is declared by more than one producer: " + String.join(", ", sources)
                        + ". Give each channel a unique name.");
    }

    public static KanavaException duplicateRoute(String route, List<String> channels, List<String> sources) {
        return coded(
                "KNV1002",
                "route '" + route + "' is used by channels " + String.join(", ", channels) + " (declared by "
                        + String.join(", ", sources) + "). Routes that differ only in the names of their template "
                        + "parameters are the same route. Give each channel its own route.");
    }

    public static KanavaException duplicateAction(String channel, String action, String source) {
        return coded(
                "KNV1003",
                "action '" + action + "' is declared more than once in channel '" + channel + "' (" + source
                        + "). Remove or rename one of them.");
    }

    public static KanavaException malformedRoute(String channel, String route, String reason, String source) {
        return coded(
                "KNV1004",
                "route '" + route + "' of channel '" + channel + "' (" + source + ") is malformed: " + reason
                        + ". A route starts with '/', has no empty segment, and a template parameter such as "
                        + "'{room}' fills a whole segment.");
    }

    public static KanavaException missingInputType(String channel, String action, String source) {
        return coded(
                "KNV1005",
                "action '" + action + "' of channel '" + channel + "' (" + source
                        + ") declares no input type. Use Void.class for an action that takes no data.");
    }

    public static KanavaException missingOutputType(String channel, String action, String source) {
        return coded(
                "KNV1006",
                "action '" + action + "' of channel '" + channel + "' (" + source
                        + ") declares no output type. Use Void.class for an action whose reply carries no data.");
    }

    public static KanavaException missingHandler(String channel, String action, String source) {
        return coded(
                "KNV1007",
                "action '" + action + "' of channel '" + channel + "' (" + source
                        + ") has no handler. Pass the function that answers its calls.");
    }

    public static KanavaException producerFailed(String source, Throwable cause) {
        return coded(
                "KNV1008",
                "producer " + source + " failed to create its channel definition: " + cause
                        + ". Fix the producer; the deployment cannot register its channel.",
                cause);
    }

    public static KanavaException producerReturnedNull(String source) {
        return coded(
                "KNV1009",
                "producer " + source + " returned null. Return a ChannelDefinition built with "
                        + "ChannelDefinition.builder(name).");
    }

    public static KanavaException invalidChannelName(String name, String source) {
        return coded(
                "KNV1010",
                "channel name " + quoted(name) + " (" + source + ") is not valid. A channel name starts with "
                        + "a letter or digit and holds only letters, digits, '.', '_' and '-'.");
    }

    public static KanavaException invalidActionName(String channel, String action, String source) {
        return coded(
                "KNV1011",
                "channel '" + channel + "' (" + source + ") declares an action named " + quoted(action)
                        + ". An action name is non-empty, at most " + FrameDecoder.MAX_ACTION_LENGTH
                        + " characters, holds no "
                        + "whitespace or control characters, and does not start with '$' (reserved for the "
                        + "protocol's own messages).");
    }

    public static KanavaException nullAction(String channel, String source) {
        return coded(
                "KNV1012",
                "channel '" + channel + "' (" + source + ") declares a null action. Pass an "
                        + "ActionDefinition or use action(name, input, output, handler).");
    }

    public static KanavaException invalidAllowedOrigin(String entry) {
        return coded(
                "KNV1013",
                "'" + entry + "' in the servlet context parameter kanava.allowed-origins is not an origin. "
                        + "Write origins as scheme://host[:port], such as https://app.example.com, separated by commas; "
                        + "'*' allows every origin.");
    }

    public static KanavaException invalidEvent(String channel, String event, String source) {
        return coded(
                "KNV1014",
                "channel '" + channel + "' (" + source + ") declares event " + quoted(event)
                        + " without a name or a type, or with a name starting with '$' (reserved for the protocol's own "
                        + "messages). Declare events as event(\"todos:updated\", TodoEvent.class).");
    }

    public static KanavaException invalidOutboundQueue(String channel, int frames, long bytes, String source) {
        return coded(
                "KNV1015",
                "channel '" + channel + "' (" + source + ") bounds its outgoing queue to " + frames
                        + " frames and " + bytes + " bytes, or has no slow-consumer policy. Both bounds must be at "
                        + "least 1 and the policy set.");
    }

    public static KanavaException invalidAsyncAction(String channel, String action, String source) {
        return coded(
                "KNV1023",
                "action '" + action + "' of channel '" + channel + "' (" + source + ") has both a handler and an "
                        + "asynchronous handler, or is concurrent without being asynchronous. Give it one handler; "
                        + "declare only asynchronous actions (ActionDefinition.async) concurrent().");
    }

    public static KanavaException invalidPendingCalls(String channel, int pending, String source) {
        return coded(
                "KNV1024",
                "channel '" + channel + "' (" + source + ") lets " + pending + " calls of a connection be pending. "
                        + "maxPendingCalls must be at least 1.");
    }

    public static KanavaException invalidMessageSize(String channel, int bytes, String source) {
        return coded(
                "KNV1029",
                "channel '" + channel + "' (" + source + ") bounds incoming messages at " + bytes + " bytes. "
                        + "maxMessageSize must be at least " + ChannelDefinition.MIN_MESSAGE_SIZE + ".");
    }

    public static KanavaException invalidMessageSizeParameter(String parameter, String value, int minimum) {
        return coded(
                "KNV1030",
                "the servlet context parameter " + parameter + " is " + quoted(value) + "; it must be a whole "
                        + "number of bytes, at least " + minimum + ". Leave it out for "
                        + ChannelDefinition.DEFAULT_MAX_MESSAGE_SIZE + ".");
    }

    public static KanavaException invalidSeconds(String parameter, String value) {
        return coded(
                "KNV1031",
                "the servlet context parameter " + parameter + " is " + quoted(value) + "; it must be a number of "
                        + "seconds between 0 and 86400, such as 25 or 0.5.");
    }

    public static KanavaException invalidLiveness(String parameter, double timeout, double interval) {
        return coded(
                "KNV1032",
                "the servlet context parameter " + parameter + " gives " + timeout + " s, not longer than the ping "
                        + "interval of " + interval + " s; a connection must have time to answer a ping.");
    }

    public static KanavaException invalidCallRate(String parameter, String value) {
        return coded(
                "KNV1033",
                "the servlet context parameter " + parameter + " is " + quoted(value) + "; it must be a whole number "
                        + "of calls, at least 1.");
    }

    public static KanavaException unknownPublishMode(String value, String parameter, String... known) {
        return coded(
                "KNV1025",
                "the servlet context parameter " + parameter + " is " + quoted(value) + ", not one of "
                        + String.join(", ", known) + ". Leave it out for " + known[0] + ".");
    }

    public static KanavaException transportTwice(Class<?> transport) {
        return coded(
                "KNV1026",
                "the application provides an EventTransport bean (" + transport.getName() + ") and also sets the "
                        + "servlet context parameter kanava.eventhub.transport to 'jms'; keep one of the two.");
    }

    public static KanavaException transportAmbiguous(Object transports) {
        return coded(
                "KNV1027",
                "the application provides several EventTransport beans " + transports + "; make the one to use an "
                        + "@Alternative with the highest @Priority, or remove the others.");
    }

    public static KanavaException middlewareForNoChannel(String middleware, List<String> unknown, Set<String> known) {
        return coded(
                "KNV1028",
                "middleware " + middleware + " is @MiddlewareFor "
                        + (unknown.isEmpty() ? "no channel" : "channels the application does not declare: " + unknown)
                        + ". Name channels it declares: " + new TreeSet<>(known) + ".");
    }

    public static KanavaException nullMiddleware(String channel, String source) {
        return coded("KNV1016", "channel '" + channel + "' (" + source + ") adds a null middleware.");
    }

    public static KanavaException unknownTransport(String transport) {
        return coded(
                "KNV1017",
                "the servlet context parameter kanava.eventhub.transport is '" + transport + "'; use 'memory' "
                        + "(one node, the default) or 'jms' (a cluster sharing a JMS topic).");
    }

    public static KanavaException connectionFactoryMissing(String jndiName, Throwable cause) {
        return coded(
                "KNV1018",
                "no JMS ConnectionFactory at '" + jndiName + "' for the EventHub's JMS transport. Enable the "
                        + "server's messaging (WildFly: standalone-full), set kanava.jms.connection-factory to your "
                        + "factory's JNDI name, or set kanava.jms.broker-url to use an ActiveMQ Artemis client.",
                cause);
    }

    public static KanavaException artemisClientMissing(String url, Throwable cause) {
        return coded(
                "KNV1019",
                "kanava.jms.broker-url is '" + url + "' but the ActiveMQ Artemis client cannot load: "
                        + cause + ". Add org.apache.artemis:artemis-jakarta-client to the WAR (WEB-INF/lib), without "
                        + "jakarta.jms-api, which the server provides (Open Liberty: enable the messaging-3.1 "
                        + "feature).",
                cause);
    }

    public static KanavaException invalidDeclaredError(String channel, String action, String code, String source) {
        return coded(
                "KNV1020",
                "action '" + action + "' of channel '" + channel + "' (" + source
                        + ") declares the error code "
                        + quoted(code) + ". Declared codes are the application's own, such as todo_not_found; "
                        + "they may not be blank or one of the protocol's codes " + ErrorCode.PROTOCOL + ".");
    }

    public static KanavaException invalidClientPath(String path) {
        return coded(
                "KNV1021",
                "the servlet context parameter kanava.client.path is '" + path + "'. Use a path such as "
                        + "/kanava (the default) under which the AsyncAPI document and the generated clients are "
                        + "served, or 'off' to serve none of them.");
    }

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
                + "frame. Enable Jakarta Concurrency in the server (Open Liberty: the concurrent-3.0 feature).";
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
    private static KanavaException coded(String code, String message) {
        return new KanavaException(code, code + ": " + message);
    }

    /** A failure with its code and its cause. */
    private static KanavaException coded(String code, String message, Throwable cause) {
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

    /** An application's context path as people read it: the root context is {@code '/'}, not {@code ''}. */
    private static String root(String contextPath) {
        return "'" + (contextPath == null || contextPath.isEmpty() ? "/" : contextPath) + "'";
    }

    private static String quoted(String text) {
        return text == null ? "null" : "'" + text + "'";
    }
}
