package io.kanava.impl.discovery;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.KanavaException;
import io.kanava.impl.DeploymentMessages;
import io.kanava.impl.codec.FrameDecoder;
import io.kanava.impl.routing.ErrorCode;

/**
 * Checks every declared channel and reports every problem at once: names, routes, actions, types and handlers.
 */
public final class DefinitionValidator {

    private static final Pattern CHANNEL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    /** Names starting with it are the protocol's own (a later resume handshake). */
    static final String RESERVED_PREFIX = "$";

    private static final Pattern ACTION_NAME = Pattern.compile("[^\\s\\p{Cntrl}]+");

    /**
     * Validates all channels of one application.
     *
     * @param channels the declared channels
     * @return the problems, empty when the channels can be registered
     */
    public List<KanavaException> validate(List<DeclaredChannel> channels) {
        List<KanavaException> problems = new ArrayList<>();
        Map<String, List<DeclaredChannel>> byName = new LinkedHashMap<>();
        Map<String, List<DeclaredChannel>> byShape = new LinkedHashMap<>();
        for (DeclaredChannel channel : channels) {
            ChannelDefinition definition = channel.definition();
            String name = definition.name();
            if (name == null || !CHANNEL_NAME.matcher(name).matches()) {
                problems.add(DeploymentMessages.invalidChannelName(name, channel.source()));
            } else {
                byName.computeIfAbsent(name, key -> new ArrayList<>()).add(channel);
            }
            RouteTemplate.problemOf(definition.route())
                    .ifPresentOrElse(
                            reason -> problems.add(DeploymentMessages.malformedRoute(
                                    name, definition.route(), reason, channel.source())),
                            () -> byShape.computeIfAbsent(
                                            RouteTemplate.shapeOf(definition.route()), key -> new ArrayList<>())
                                    .add(channel));
            validateActions(channel, problems);
            validateEventsAndSending(channel, problems);
        }
        byName.forEach((name, declared) -> {
            if (declared.size() > 1) {
                problems.add(DeploymentMessages.duplicateChannelName(name, sources(declared)));
            }
        });
        byShape.values().forEach(declared -> {
            if (declared.size() > 1) {
                problems.add(DeploymentMessages.duplicateRoute(
                        declared.get(0).definition().route(),
                        declared.stream()
                                .map(c -> "'" + c.definition().name() + "'")
                                .toList(),
                        sources(declared)));
            }
        });
        return problems;
    }

    private static void validateActions(DeclaredChannel channel, List<KanavaException> problems) {
        String name = channel.definition().name();
        String source = channel.source();
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        for (ActionDefinition<?, ?> action : channel.definition().actions()) {
            if (action == null) {
                problems.add(DeploymentMessages.nullAction(name, source));
                continue;
            }
            String actionName = action.name();
            if (actionName == null
                    || !ACTION_NAME.matcher(actionName).matches()
                    || actionName.length() > FrameDecoder.MAX_ACTION_LENGTH
                    || actionName.startsWith(RESERVED_PREFIX)) {
                problems.add(DeploymentMessages.invalidActionName(name, actionName, source));
            } else if (!seen.add(actionName) && reported.add(actionName)) {
                problems.add(DeploymentMessages.duplicateAction(name, actionName, source));
            }
            if (action.inputType() == null) {
                problems.add(DeploymentMessages.missingInputType(name, actionName, source));
            }
            if (action.outputType() == null) {
                problems.add(DeploymentMessages.missingOutputType(name, actionName, source));
            }
            if (action.handler() == null && action.asyncHandler() == null) {
                problems.add(DeploymentMessages.missingHandler(name, actionName, source));
            }
            if (action.handler() != null && action.asyncHandler() != null
                    || action.isConcurrent() && action.asyncHandler() == null) {
                problems.add(DeploymentMessages.invalidAsyncAction(name, actionName, source));
            }
            for (String code : action.errors()) {
                if (code.isBlank() || ErrorCode.PROTOCOL.contains(code)) {
                    problems.add(DeploymentMessages.invalidDeclaredError(name, actionName, code, source));
                }
            }
        }
    }

    private static void checkLimit(
            OptionalInt limit, String setting, DeclaredChannel channel, List<KanavaException> problems) {
        if (limit.isPresent() && limit.getAsInt() < 1) {
            problems.add(DeploymentMessages.invalidChannelLimit(
                    channel.definition().name(), setting, limit.getAsInt(), channel.source()));
        }
    }

    private static void validateEventsAndSending(DeclaredChannel channel, List<KanavaException> problems) {
        ChannelDefinition definition = channel.definition();
        definition.events().forEach((event, type) -> {
            if (event == null || event.isBlank() || event.startsWith(RESERVED_PREFIX) || type == null) {
                problems.add(DeploymentMessages.invalidEvent(definition.name(), event, channel.source()));
            }
        });
        if (definition.maxQueuedFrames() < 1
                || definition.maxQueuedBytes() < 1
                || definition.slowConsumerPolicy() == null) {
            problems.add(DeploymentMessages.invalidOutboundQueue(
                    definition.name(), definition.maxQueuedFrames(), definition.maxQueuedBytes(), channel.source()));
        }
        if (definition.maxPendingCalls() < 1) {
            problems.add(DeploymentMessages.invalidPendingCalls(
                    definition.name(), definition.maxPendingCalls(), channel.source()));
        }
        definition.maxMessageSize().ifPresent(bytes -> {
            if (bytes < ChannelDefinition.MIN_MESSAGE_SIZE) {
                problems.add(DeploymentMessages.invalidMessageSize(definition.name(), bytes, channel.source()));
            }
        });
        checkLimit(definition.maxConnections(), "maxConnections", channel, problems);
        checkLimit(definition.maxConnectionsPerPrincipal(), "maxConnectionsPerPrincipal", channel, problems);
        checkLimit(definition.maxSubscriptionsPerConnection(), "maxSubscriptionsPerConnection", channel, problems);
        checkLimit(definition.callsPerSecond(), "maxCallsPerSecond's rate", channel, problems);
        checkLimit(definition.callBurst(), "maxCallsPerSecond's burst", channel, problems);
        if (definition.middleware().contains(null)) {
            problems.add(DeploymentMessages.nullMiddleware(definition.name(), channel.source()));
        }
    }

    /**
     * Checks that every {@code @MiddlewareFor} bean names at least one channel, and only channels that exist: a
     * misspelt name would otherwise leave its channel without the middleware, silently.
     *
     * @param targets the middleware beans and the names they give
     * @param channels the declared channels
     * @return the problems, empty when every name is a channel
     */
    public List<KanavaException> validateMiddlewareTargets(
            List<MiddlewareTarget> targets, List<DeclaredChannel> channels) {
        Set<String> names = new HashSet<>();
        channels.forEach(channel -> names.add(channel.definition().name()));
        List<KanavaException> problems = new ArrayList<>();
        for (MiddlewareTarget target : targets) {
            List<String> unknown = target.channels().stream()
                    .filter(name -> !names.contains(name))
                    .toList();
            if (target.channels().isEmpty() || !unknown.isEmpty()) {
                problems.add(DeploymentMessages.middlewareForNoChannel(target.middleware(), unknown, names));
            }
        }
        return problems;
    }

    private static List<String> sources(List<DeclaredChannel> declared) {
        return declared.stream().map(DeclaredChannel::source).toList();
    }
}
