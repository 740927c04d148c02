package io.kanava.tck.clients;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An application serves the AsyncAPI 3.0 document of its channels at {@code <context>/kanava/asyncapi.json}, and the
 * TypeScript client generated from it as {@code client.ts}, {@code client.js} and {@code client.d.ts}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class AsyncApiDocumentIsServedTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-clients", ShelfChannels.class, Shelf.class, Item.class);
    }

    private JsonObject document() throws Exception {
        ServedFile served = ServedFile.fetch(application, "kanava/asyncapi.json");
        assertEquals(200, served.status(), served.body());
        assertTrue(served.contentType().startsWith("application/json"), served.contentType());
        return served.json();
    }

    @Test
    public void describesEachChannelAtItsRouteWithItsParameters() throws Exception {
        JsonObject document = document();
        assertEquals("3.0.0", document.getString("asyncapi"));
        JsonObject shelf = document.getJsonObject("channels").getJsonObject("shelf");
        assertEquals("/shelves/{shelf}", shelf.getString("address"));
        assertTrue(shelf.getJsonObject("parameters").containsKey("shelf"), shelf::toString);
        JsonObject server = document.getJsonObject("servers").getJsonObject("application");
        assertEquals("ws", server.getString("protocol"));
        assertEquals(application.getPath().replaceAll("/$", ""), server.getString("pathname"));
    }

    @Test
    public void describesActionsWithRepliesPermissionsAndDeclaredErrors() throws Exception {
        JsonObject stock = document().getJsonObject("operations").getJsonObject("shelf.stock");
        assertEquals("send", stock.getString("action"));
        assertEquals(2, stock.getJsonObject("reply").getJsonArray("messages").size());
        JsonObject extension = stock.getJsonObject("x-kanava");
        assertEquals(List.of("shelf_full"), extension.getJsonArray("errors").getValuesAs(JsonString::getString));
        assertEquals(List.of("user"), extension.getJsonArray("roles").getValuesAs(JsonString::getString));
    }

    @Test
    public void describesEventsAndRecordsWithNestedListsAsSchemas() throws Exception {
        JsonObject document = document();
        assertEquals(
                "receive",
                document.getJsonObject("operations")
                        .getJsonObject("shelf.event.shelf_changed")
                        .getString("action"));
        JsonObject shelf =
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Shelf");
        assertEquals(
                "#/components/schemas/Item",
                shelf.getJsonObject("properties")
                        .getJsonObject("items")
                        .getJsonObject("items")
                        .getString("$ref"));
        JsonObject item =
                document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Item");
        assertEquals(
                "integer",
                item.getJsonObject("properties").getJsonObject("count").getString("type"));
    }

    @Test
    public void servesTheGeneratedClientAsTypeScriptJavaScriptAndDeclarations() throws Exception {
        ServedFile typescript = ServedFile.fetch(application, "kanava/client.ts");
        assertEquals(200, typescript.status());
        assertTrue(typescript.body().contains("export interface Shelf {"), typescript.body());
        assertTrue(typescript.body().contains("\"stock\": { input: Item; output: Shelf; errors: \"shelf_full\" }"));
        ServedFile javascript = ServedFile.fetch(application, "kanava/client.js");
        assertEquals(200, javascript.status());
        assertTrue(javascript.contentType().startsWith("text/javascript"), javascript.contentType());
        assertTrue(javascript.body().contains("export function connect(channel, options)"));
        assertTrue(javascript.body().contains("\"shelf\": \"/shelves/{shelf}\""));
        ServedFile declarations = ServedFile.fetch(application, "kanava/client.d.ts");
        assertEquals(200, declarations.status());
        assertTrue(declarations.body().contains("export declare function connect<C extends keyof Channels>"));
        assertEquals(404, ServedFile.fetch(application, "kanava/other.txt").status());
    }
}
