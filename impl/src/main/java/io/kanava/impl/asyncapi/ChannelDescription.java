package io.kanava.impl.asyncapi;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.impl.discovery.RouteTemplate;
import io.kanava.impl.routing.ErrorCode;

/**
 * Describes one channel in AsyncAPI 3.0: the channel (its route as {@code address}, route parameters, messages),
 * a {@code send} operation with a {@code reply} per action, and a {@code receive} operation per declared event.
 * Each operation carries an {@code x-kanava} member with what the generators read: the action or event name, the
 * channel, auth, permissions and declared error codes.
 */
final class ChannelDescription {

    private final JsonBuilderFactory json;
    private final JsonSchemas schemas;
    private final Envelopes envelopes;
    private final ChannelDefinition channel;
    private final JsonObjectBuilder messages;
    private final MessageKeys keys = new MessageKeys();
    private final Set<String> operationKeys;

    ChannelDescription(
            JsonBuilderFactory json, JsonSchemas schemas, ChannelDefinition channel, Set<String> operationKeys) {
        this.json = json;
        this.operationKeys = operationKeys;
        this.schemas = schemas;
        this.envelopes = new Envelopes(json);
        this.channel = channel;
        this.messages = json.createObjectBuilder();
    }

    /**
     * Adds the channel to {@code channels} and its operations to {@code operations}.
     *
     * @param channels the document's channels
     * @param operations the document's operations
     */
    void addTo(JsonObjectBuilder channels, JsonObjectBuilder operations) {
        for (ActionDefinition<?, ?> action : channel.actions()) {
            operations.add(operationKey(channel.name() + "." + keys.keyOf(action.name())), action(action));
        }
        channel.events()
                .forEach((event, type) -> operations.add(
                        operationKey(channel.name() + ".event." + keys.keyOf(event)), event(event, type)));
        JsonObjectBuilder description = json.createObjectBuilder()
                .add("address", channel.route())
                .add("title", channel.name())
                .add("description", "Kanava channel '" + channel.name() + "': kanava.v1 JSON text frames")
                .add("messages", messages);
        List<String> parameters = RouteTemplate.parametersOf(channel.route());
        if (!parameters.isEmpty()) {
            JsonObjectBuilder declared = json.createObjectBuilder();
            parameters.forEach(name -> declared.add(
                    name, json.createObjectBuilder().add("description", "Route parameter '" + name + "'")));
            description.add("parameters", declared);
        }
        description.add(
                "x-kanava",
                json.createObjectBuilder()
                        .add("name", channel.name())
                        .add("auth", channel.auth())
                        .add("parameters", json.createArrayBuilder(parameters)));
        channels.add(channel.name(), description);
    }

    /** The key, or the key with underscores appended when another channel's operation took it (channel names may hold dots). */
    private String operationKey(String key) {
        String unique = key;
        while (!operationKeys.add(unique)) {
            unique = unique + "_";
        }
        return unique;
    }

    private JsonObject action(ActionDefinition<?, ?> action) {
        String name = action.name();
        String where = channel.name() + "." + name;
        String key = keys.keyOf(name);
        JsonObject input = isVoid(action.inputType()) ? null : schemas.schemaOf(action.inputType(), where + " input");
        JsonObject output = action.isVoid() ? null : schemas.schemaOf(action.outputType(), where + " output");
        message(key + ".call", name, "Call of " + name, envelopes.call(name, input));
        message(key + ".reply", name, "Reply of " + name, envelopes.reply(name, output));
        ActionRules rules = ActionRules.of(channel, action);
        message(key + ".error", name, "Error reply of " + name, envelopes.error(name, codesOf(action, rules)));
        return json.createObjectBuilder()
                .add("action", "send")
                .add("channel", channelReference())
                .add("title", name)
                .add("description", rules.describe())
                .add("messages", json.createArrayBuilder().add(messageReference(key + ".call")))
                .add(
                        "reply",
                        json.createObjectBuilder()
                                .add("channel", channelReference())
                                .add(
                                        "messages",
                                        json.createArrayBuilder()
                                                .add(messageReference(key + ".reply"))
                                                .add(messageReference(key + ".error"))))
                .add(
                        "x-kanava",
                        rules.extension(json)
                                .add("kind", "action")
                                .add("channel", channel.name())
                                .add("name", name)
                                .add("errors", json.createArrayBuilder(action.errors())))
                .build();
    }

    private JsonObject event(String event, Type type) {
        String key = "event." + keys.keyOf(event);
        JsonObject data = schemas.schemaOf(type, channel.name() + " event " + event);
        message(key, event, "Event " + event, envelopes.event(event, data));
        return json.createObjectBuilder()
                .add("action", "receive")
                .add("channel", channelReference())
                .add("title", event)
                .add("messages", json.createArrayBuilder().add(messageReference(key)))
                .add(
                        "x-kanava",
                        json.createObjectBuilder()
                                .add("kind", "event")
                                .add("channel", channel.name())
                                .add("name", event))
                .build();
    }

    /** The codes an action's error reply may carry: the protocol's that apply to it, then its declared ones. */
    private static Set<String> codesOf(ActionDefinition<?, ?> action, ActionRules rules) {
        List<String> protocol = new ArrayList<>();
        if (rules.needsIdentity()) {
            protocol.add("unauthenticated");
        }
        protocol.add("invalid_data");
        if (!action.permissions().isEmpty()) {
            protocol.add("forbidden");
        }
        protocol.add("internal");
        Set<String> codes = new LinkedHashSet<>(ErrorCode.PROTOCOL);
        codes.retainAll(protocol);
        codes.addAll(action.errors());
        return codes;
    }

    private void message(String key, String name, String title, JsonObject payload) {
        messages.add(
                key,
                json.createObjectBuilder()
                        .add("name", name)
                        .add("title", title)
                        .add("contentType", "application/json")
                        .add("payload", payload));
    }

    private JsonObject channelReference() {
        return reference("#/channels/" + MessageKeys.escape(channel.name()));
    }

    private JsonObject messageReference(String key) {
        return reference("#/channels/" + MessageKeys.escape(channel.name()) + "/messages/" + MessageKeys.escape(key));
    }

    private JsonObject reference(String pointer) {
        return json.createObjectBuilder().add("$ref", pointer).build();
    }

    private static boolean isVoid(Type type) {
        return type == Void.class || type == void.class;
    }
}
