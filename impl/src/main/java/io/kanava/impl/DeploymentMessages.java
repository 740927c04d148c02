package io.kanava.impl;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.kanava.ChannelDefinition;
import io.kanava.KanavaException;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.routing.ErrorCode;

/**
 * The problems that fail an application's deployment, each under its stable code ({@code KNV1xxx}): a channel
 * definition, a {@code @MiddlewareFor} bean or a servlet context parameter Kanava cannot accept. Each says where
 * the problem is and how to fix it. {@link Messages} holds what the running application logs or fails with.
 */
public final class DeploymentMessages {

    private DeploymentMessages() {}

    public static KanavaException duplicateChannelName(String name, List<String> sources) {
        return Messages.coded(
                "KNV1001",
                "channel name '" + name + "' is declared by more than one producer: " + String.join(", ", sources)
                        + ". Give each channel a unique name.");
    }

    public static KanavaException duplicateRoute(String route, List<String> channels, List<String> sources) {
        return Messages.coded(
                "KNV1002",
                "route '" + route + "' is used by channels " + String.join(", ", channels) + " (declared by "
                        + String.join(", ", sources) + "). Routes that differ only in the names of their template "
                        + "parameters are the same route. Give each channel its own route.");
    }

    public static KanavaException duplicateAction(String channel, String action, String source) {
        return Messages.coded(
                "KNV1003",
                "action '" + action + "' is declared more than once in channel '" + channel + "' (" + source
                        + "). Remove or rename one of them.");
    }

    public static KanavaException malformedRoute(String channel, String route, String reason, String source) {
        return Messages.coded(
                "KNV1004",
                "route '" + route + "' of channel '" + channel + "' (" + source + ") is malformed: " + reason
                        + ". A route starts with '/', has no empty segment, and a template parameter such as "
                        + "'{room}' fills a whole segment.");
    }

    public static KanavaException missingInputType(String channel, String action, String source) {
        return Messages.coded(
                "KNV1005",
                "action '" + action + "' of channel '" + channel + "' (" + source
                        + ") declares no input type. Use Void.class for an action that takes no data.");
    }

    public static KanavaException missingOutputType(String channel, String action, String source) {
        return Messages.coded(
                "KNV1006",
                "action '" + action + "' of channel '" + channel + "' (" + source
                        + ") declares no output type. Use Void.class for an action whose reply carries no data.");
    }

    public static KanavaException missingHandler(String channel, String action, String source) {
        return Messages.coded(
                "KNV1007",
                "action '" + action + "' of channel '" + channel + "' (" + source
                        + ") has no handler. Pass the function that answers its calls.");
    }

    public static KanavaException producerFailed(String source, Throwable cause) {
        return Messages.coded(
                "KNV1008",
                "producer " + source + " failed to create its channel definition: " + cause
                        + ". Fix the producer; the deployment cannot register its channel.",
                cause);
    }

    public static KanavaException producerReturnedNull(String source) {
        return Messages.coded(
                "KNV1009",
                "producer " + source + " returned null. Return a ChannelDefinition built with "
                        + "ChannelDefinition.builder(name).");
    }

    public static KanavaException invalidChannelName(String name, String source) {
        return Messages.coded(
                "KNV1010",
                "channel name " + Messages.quoted(name) + " (" + source + ") is not valid. A channel name starts with "
                        + "a letter or digit and holds only letters, digits, '.', '_' and '-'.");
    }

    public static KanavaException invalidActionName(String channel, String action, String source) {
        return Messages.coded(
                "KNV1011",
                "channel '" + channel + "' (" + source + ") declares an action named " + Messages.quoted(action)
                        + ". An action name is non-empty, at most " + FrameDecoder.MAX_ACTION_LENGTH
                        + " characters, holds no "
                        + "whitespace or control characters, and does not start with '$' (reserved for the "
                        + "protocol's own messages).");
    }

    public static KanavaException nullAction(String channel, String source) {
        return Messages.coded(
                "KNV1012",
                "channel '" + channel + "' (" + source + ") declares a null action. Pass an "
                        + "ActionDefinition or use action(name, input, output, handler).");
    }

    public static KanavaException invalidOrigin(String parameter, String entry) {
        return Messages.coded(
                "KNV1013",
                "'" + entry + "' in the setting " + parameter + " is not an origin. "
                        + "Write origins as scheme://host[:port], such as https://app.example.com, separated by commas"
                        + (parameter.equals("kanava.allowed-origins") ? "; '*' allows every origin." : "."));
    }

    public static KanavaException invalidEvent(String channel, String event, String source) {
        return Messages.coded(
                "KNV1014",
                "channel '" + channel + "' (" + source + ") declares event " + Messages.quoted(event)
                        + " without a name or a type, or with a name starting with '$' (reserved for the protocol's own "
                        + "messages). Declare events as event(\"todos:updated\", TodoEvent.class).");
    }

    public static KanavaException invalidOutboundQueue(String channel, int frames, long bytes, String source) {
        return Messages.coded(
                "KNV1015",
                "channel '" + channel + "' (" + source + ") bounds its outgoing queue to " + frames
                        + " frames and " + bytes + " bytes, or has no slow-consumer policy. Both bounds must be at "
                        + "least 1 and the policy set.");
    }

    public static KanavaException invalidAsyncAction(String channel, String action, String source) {
        return Messages.coded(
                "KNV1023",
                "action '" + action + "' of channel '" + channel + "' (" + source + ") has both a handler and an "
                        + "asynchronous handler, or is concurrent without being asynchronous. Give it one handler; "
                        + "declare only asynchronous actions (ActionDefinition.async) concurrent().");
    }

    public static KanavaException invalidPendingCalls(String channel, int pending, String source) {
        return Messages.coded(
                "KNV1024",
                "channel '" + channel + "' (" + source + ") lets " + pending + " calls of a connection be pending. "
                        + "maxPendingCalls must be at least 1.");
    }

    public static KanavaException invalidMessageSize(String channel, int bytes, String source) {
        return Messages.coded(
                "KNV1029",
                "channel '" + channel + "' (" + source + ") bounds incoming messages at " + bytes + " bytes. "
                        + "maxMessageSize must be at least " + ChannelDefinition.MIN_MESSAGE_SIZE + ".");
    }

    public static KanavaException invalidChannelLimit(String channel, String setting, int value, String source) {
        return Messages.coded(
                "KNV1034",
                "channel '" + channel + "' (" + source + ") sets " + setting + " to " + value + "; it must be at "
                        + "least 1. Leave it out for the application's default.");
    }

    public static KanavaException invalidLimitParameter(String parameter, String value, int defaultValue) {
        return Messages.coded(
                "KNV1035",
                "the setting " + parameter + " (a servlet context parameter, or MicroProfile Config) is "
                        + Messages.quoted(value) + "; it must be a whole " + "number, at least 1. Leave it out for "
                        + defaultValue + ".");
    }

    public static KanavaException invalidMessageSizeParameter(String parameter, String value, int minimum) {
        return Messages.coded(
                "KNV1030",
                "the setting " + parameter + " (a servlet context parameter, or MicroProfile Config) is "
                        + Messages.quoted(value) + "; it must be a whole "
                        + "number of bytes, at least " + minimum + ". Leave it out for "
                        + ChannelDefinition.DEFAULT_MAX_MESSAGE_SIZE + ".");
    }

    public static KanavaException invalidSeconds(String parameter, String value) {
        return Messages.coded(
                "KNV1031",
                "the setting " + parameter + " (a servlet context parameter, or MicroProfile Config) is "
                        + Messages.quoted(value) + "; it must be a number of "
                        + "seconds between 0 and 86400, such as 25 or 0.5.");
    }

    public static KanavaException invalidLiveness(String parameter, double timeout, double interval) {
        return Messages.coded(
                "KNV1032",
                "the setting " + parameter + " (a servlet context parameter, or MicroProfile Config) gives " + timeout
                        + " s, not longer than the ping " + "interval of " + interval
                        + " s; a connection must have time to answer a ping.");
    }

    public static KanavaException invalidCallRate(String parameter, String value) {
        return Messages.coded(
                "KNV1033",
                "the setting " + parameter + " (a servlet context parameter, or MicroProfile Config) is "
                        + Messages.quoted(value) + "; it must be a whole number " + "of calls, at least 1.");
    }

    public static KanavaException unknownPublishMode(String value, String parameter, String... known) {
        return unknownChoice("KNV1025", value, parameter, known, ".");
    }

    public static KanavaException unknownMetricsExport(String value, String parameter, String... known) {
        return unknownChoice(
                "KNV1037", value, parameter, known, " (MBeans on the platform MBean server); 'off' counts nothing.");
    }

    /** A setting that must be one of a few words, the first being the default. */
    private static KanavaException unknownChoice(
            String code, String value, String parameter, String[] known, String afterDefault) {
        return Messages.coded(
                code,
                "the setting " + parameter + " (a servlet context parameter, or MicroProfile Config) is "
                        + Messages.quoted(value) + ", not one of " + String.join(", ", known) + ". Leave it out for "
                        + known[0] + afterDefault);
    }

    public static KanavaException transportTwice(Class<?> transport) {
        return Messages.coded(
                "KNV1026",
                "the application provides an EventTransport bean (" + transport.getName() + ") and also sets the "
                        + "servlet context parameter kanava.eventhub.transport to 'jms'; keep one of the two.");
    }

    public static KanavaException transportAmbiguous(Object transports) {
        return Messages.coded(
                "KNV1027",
                "the application provides several EventTransport beans " + transports + "; make the one to use an "
                        + "@Alternative with the highest @Priority, or remove the others.");
    }

    public static KanavaException middlewareForNoChannel(String middleware, List<String> unknown, Set<String> known) {
        return Messages.coded(
                "KNV1028",
                "middleware " + middleware + " is @MiddlewareFor "
                        + (unknown.isEmpty() ? "no channel" : "channels the application does not declare: " + unknown)
                        + ". Name channels it declares: " + new TreeSet<>(known) + ".");
    }

    public static KanavaException nullMiddleware(String channel, String source) {
        return Messages.coded("KNV1016", "channel '" + channel + "' (" + source + ") adds a null middleware.");
    }

    public static KanavaException unknownTransport(String transport) {
        return Messages.coded(
                "KNV1017",
                "the setting kanava.eventhub.transport is '" + transport + "'; use 'memory' "
                        + "(one node, the default) or 'jms' (a cluster sharing a JMS topic).");
    }

    public static KanavaException unknownOrder(String parameter, String value) {
        return Messages.coded(
                "KNV1036",
                "the setting " + parameter + " is " + Messages.quoted(value) + "; use 'publisher' (each publisher's "
                        + "events in order on every node, the default) or 'topic' (one order of each topic's events on "
                        + "every node, through a sequencing queue).");
    }

    public static KanavaException connectionFactoryMissing(String jndiName, Throwable cause) {
        return Messages.coded(
                "KNV1018",
                "no JMS ConnectionFactory at '" + jndiName + "' for the EventHub's JMS transport. Enable the "
                        + "server's messaging (WildFly: standalone-full), set kanava.jms.connection-factory to your "
                        + "factory's JNDI name, or set kanava.jms.broker-url to use an ActiveMQ Artemis client.",
                cause);
    }

    public static KanavaException artemisClientMissing(String url, Throwable cause) {
        return Messages.coded(
                "KNV1019",
                "kanava.jms.broker-url is '" + url + "' but the ActiveMQ Artemis client cannot load: "
                        + cause + ". Add org.apache.artemis:artemis-jakarta-client to the WAR (WEB-INF/lib), without "
                        + "jakarta.jms-api, which the server provides (Open Liberty: enable the messaging-3.1 "
                        + "feature).",
                cause);
    }

    public static KanavaException invalidDeclaredError(String channel, String action, String code, String source) {
        return Messages.coded(
                "KNV1020",
                "action '" + action + "' of channel '" + channel + "' (" + source
                        + ") declares the error code "
                        + Messages.quoted(code) + ". Declared codes are the application's own, such as todo_not_found; "
                        + "they may not be blank or one of the protocol's codes " + ErrorCode.PROTOCOL + ".");
    }

    public static KanavaException invalidClientPath(String path) {
        return Messages.coded(
                "KNV1021",
                "the setting kanava.client.path is '" + path + "'. Use a path such as "
                        + "/kanava (the default) under which the AsyncAPI document and the generated clients are "
                        + "served, or 'off' to serve none of them.");
    }
}
