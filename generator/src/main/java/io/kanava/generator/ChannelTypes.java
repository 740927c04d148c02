package io.kanava.generator;

import java.util.Map;

import jakarta.json.JsonObject;

/**
 * Writes the generated part of a client: the payload types, the {@code Channels} type map the runtime is typed by,
 * and the table of routes {@code connect} opens.
 */
final class ChannelTypes {

    private final TypeScriptTypes types;

    ChannelTypes(TypeScriptTypes types) {
        this.types = types;
    }

    /**
     * Declares the payload types and the {@code Channels} map.
     *
     * @param model the document's model
     * @return the declarations
     */
    String declare(ClientModel model) {
        StringBuilder out = new StringBuilder();
        model.schemas().forEach((name, schema) -> out.append('\n').append(types.declaration(name, schema, "export")));
        out.append("\n/** Every channel of the application: route parameters, actions and events. */\n");
        out.append("export interface Channels {\n");
        for (ClientModel.Channel channel : model.channels()) {
            out.append("  ").append(TypeScriptTypes.quote(channel.name())).append(": {\n");
            out.append("    params: {");
            channel.parameters().forEach(parameter -> out.append(' ')
                    .append(TypeScriptTypes.propertyName(parameter))
                    .append(": string;"));
            out.append(channel.parameters().isEmpty() ? "};\n" : " };\n");
            out.append("    actions: {\n");
            for (ClientModel.Action action : channel.actions()) {
                out.append("      ")
                        .append(TypeScriptTypes.quote(action.name()))
                        .append(": { input: ")
                        .append(typeOf(action.input(), "        "))
                        .append("; output: ")
                        .append(typeOf(action.output(), "        "))
                        .append("; errors: ")
                        .append(
                                action.errors().isEmpty()
                                        ? "never"
                                        : String.join(
                                                " | ",
                                                action.errors().stream()
                                                        .map(TypeScriptTypes::quote)
                                                        .toList()))
                        .append(" };\n");
            }
            out.append("    };\n    events: {\n");
            for (Map.Entry<String, JsonObject> event : channel.events().entrySet()) {
                out.append("      ")
                        .append(TypeScriptTypes.quote(event.getKey()))
                        .append(": ")
                        .append(typeOf(event.getValue(), "      "))
                        .append(";\n");
            }
            out.append("    };\n  };\n");
        }
        return out.append("}\n").toString();
    }

    /**
     * Writes the table of routes.
     *
     * @param model the document's model
     * @param typed whether to annotate it for TypeScript (the JavaScript form has no annotation)
     * @return the table's declaration
     */
    static String routes(ClientModel model, boolean typed) {
        StringBuilder out =
                new StringBuilder(typed ? "const routes: Record<keyof Channels, string> = {\n" : "const routes = {\n");
        for (ClientModel.Channel channel : model.channels()) {
            out.append("  ")
                    .append(TypeScriptTypes.quote(channel.name()))
                    .append(": ")
                    .append(TypeScriptTypes.quote(channel.route()))
                    .append(",\n");
        }
        return out.append("};\n\n").toString();
    }

    private String typeOf(JsonObject schema, String indent) {
        return schema == null ? "void" : types.type(schema, indent);
    }
}
