package io.kanava.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * What a client needs from an application's AsyncAPI document, as Kanava writes it: each channel's route,
 * parameters, actions (input and output schemas, declared error codes) and events, and the named schemas they
 * refer to. Operations are recognised by their {@code x-kanava} member; payload schemas are the {@code data}
 * member of each message's envelope, absent for a void input or output.
 *
 * @param title the application's title
 * @param channels the channels, in document order
 * @param schemas the named schemas under {@code components/schemas}
 */
record ClientModel(String title, List<Channel> channels, Map<String, JsonObject> schemas) {

    /**
     * A channel.
     *
     * @param name its name
     * @param route its route template, such as {@code /rooms/{room}}
     * @param parameters the route's parameters
     * @param actions its actions
     * @param events its events, by name
     */
    record Channel(
            String name, String route, List<String> parameters, List<Action> actions, Map<String, JsonObject> events) {}

    /**
     * An action.
     *
     * @param name its name
     * @param input the schema of its data, or {@code null} when it takes none
     * @param output the schema of its reply's data, or {@code null} when the reply carries none
     * @param errors the application error codes it declares
     */
    record Action(String name, JsonObject input, JsonObject output, List<String> errors) {}

    /**
     * Reads a document.
     *
     * @param document an AsyncAPI 3.0 document served by a Kanava application
     * @return the model
     * @throws GeneratorException when the document is not one Kanava wrote
     */
    static ClientModel read(JsonObject document) {
        Pointers pointers = new Pointers(document);
        Map<String, Channel> channels = new LinkedHashMap<>();
        JsonObject declared = pointers.object(document, "channels");
        declared.forEach((key, value) -> {
            JsonObject channel = value.asJsonObject();
            JsonObject extension = pointers.object(channel, "x-kanava");
            channels.put(
                    extension.getString("name"),
                    new Channel(
                            extension.getString("name"),
                            channel.getString("address"),
                            strings(extension, "parameters"),
                            new ArrayList<>(),
                            new LinkedHashMap<>()));
        });
        pointers.object(document, "operations").forEach((key, value) -> {
            JsonObject operation = value.asJsonObject();
            if (!operation.containsKey("x-kanava")) {
                return;
            }
            JsonObject extension = operation.getJsonObject("x-kanava");
            Channel channel = channels.get(extension.getString("channel"));
            if (channel == null) {
                throw new GeneratorException("operation '" + key + "' names an unknown channel");
            }
            JsonObject message =
                    pointers.resolve(operation.getJsonArray("messages").getJsonObject(0));
            if ("event".equals(extension.getString("kind"))) {
                channel.events().put(extension.getString("name"), pointers.data(message));
            } else {
                JsonObject reply = pointers.resolve(operation
                        .getJsonObject("reply")
                        .getJsonArray("messages")
                        .getJsonObject(0));
                channel.actions()
                        .add(new Action(
                                extension.getString("name"),
                                pointers.data(message),
                                pointers.data(reply),
                                strings(extension, "errors")));
            }
        });
        Map<String, JsonObject> schemas = new LinkedHashMap<>();
        JsonObject components = document.getJsonObject("components");
        if (components != null && components.containsKey("schemas")) {
            components.getJsonObject("schemas").forEach((name, schema) -> schemas.put(name, schema.asJsonObject()));
        }
        String title = pointers.object(document, "info").getString("title", "application");
        return new ClientModel(title, List.copyOf(channels.values()), schemas);
    }

    private static List<String> strings(JsonObject object, String member) {
        if (!object.containsKey(member)) {
            return List.of();
        }
        return object.getJsonArray(member).stream()
                .filter(value -> value.getValueType() == JsonValue.ValueType.STRING)
                .map(value -> ((JsonString) value).getString())
                .toList();
    }
}
