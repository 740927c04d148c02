package io.kanava.impl.asyncapi;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import io.kanava.ChannelDefinition;

/**
 * The AsyncAPI 3.0 document of an application's channels: one AsyncAPI channel per Kanava channel, one
 * {@code send} operation with a {@code reply} per action, one {@code receive} operation per declared event, and the
 * JSON Schemas of every payload type under {@code components/schemas}. Generated clients are made from it.
 *
 * @param json the document, without {@code servers} (the address the application is reached at is known only
 *     per request)
 * @param openSchemas the types it describes with an open schema, to be reported
 */
public record AsyncApiDocument(JsonObject json, List<OpenSchema> openSchemas) {

    /** The AsyncAPI version the document follows. */
    public static final String ASYNCAPI_VERSION = "3.0.0";

    /**
     * Describes channels.
     *
     * @param json the builders to make the document with
     * @param title the application's name, for {@code info.title}
     * @param channels the validated channels
     * @return the document
     */
    public static AsyncApiDocument describe(JsonBuilderFactory json, String title, List<ChannelDefinition> channels) {
        JsonSchemas schemas = new JsonSchemas(json);
        JsonObjectBuilder described = json.createObjectBuilder();
        JsonObjectBuilder operations = json.createObjectBuilder();
        Set<String> operationKeys = new HashSet<>();
        for (ChannelDefinition channel : channels) {
            new ChannelDescription(json, schemas, channel, operationKeys).addTo(described, operations);
        }
        JsonObjectBuilder components = json.createObjectBuilder();
        new Envelopes(json).addSharedSchemas(components);
        schemas.components().forEach(components::add);
        JsonObject document = json.createObjectBuilder()
                .add("asyncapi", ASYNCAPI_VERSION)
                .add(
                        "info",
                        json.createObjectBuilder()
                                .add("title", title)
                                .add("version", "1.0.0")
                                .add(
                                        "description",
                                        "The Kanava channels of " + title + ". Every frame is one JSON object in "
                                                + "a text frame (subprotocol kanava.v1); every call gets exactly one reply or one "
                                                + "error reply."))
                .add("defaultContentType", "application/json")
                .add("channels", described)
                .add("operations", operations)
                .add("components", json.createObjectBuilder().add("schemas", components))
                .build();
        return new AsyncApiDocument(document, List.copyOf(schemas.openSchemas()));
    }

    /**
     * Returns the document with the server the application is reached at.
     *
     * @param json the builders
     * @param protocol {@code ws} or {@code wss}
     * @param host the host and port, such as {@code 127.0.0.1:8080}
     * @param contextPath the application's context path, such as {@code /kanava-sample}
     * @return the document with its {@code servers}
     */
    public JsonObject servedAt(JsonBuilderFactory json, String protocol, String host, String contextPath) {
        JsonObjectBuilder server = json.createObjectBuilder()
                .add("host", host)
                .add("protocol", protocol)
                .add("description", "This application");
        if (!contextPath.isEmpty()) {
            server.add("pathname", contextPath);
        }
        return json.createObjectBuilder(this.json)
                .add("servers", json.createObjectBuilder().add("application", server))
                .build();
    }
}
