package io.kanava.tck.clients;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.OperateOnDeployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The servlet context parameter {@code kanava.client.path} moves the document and clients, or turns them off. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ClientPathIsConfigurableTest {

    @ArquillianResource
    @OperateOnDeployment("moved")
    URL moved;

    @ArquillianResource
    @OperateOnDeployment("off")
    URL off;

    private static WebArchive withClientPath(String name, String path) {
        return KitArchive.withWebXml(
                name,
                "<context-param><param-name>kanava.client.path</param-name><param-value>" + path
                        + "</param-value></context-param>",
                ShelfChannels.class,
                Shelf.class,
                Item.class);
    }

    @Deployment(name = "moved", testable = false)
    public static WebArchive moved() {
        return withClientPath("kit-clients-moved", "/api/realtime");
    }

    @Deployment(name = "off", testable = false)
    public static WebArchive off() {
        return withClientPath("kit-clients-off", "off");
    }

    @Test
    public void servesTheDocumentUnderTheConfiguredPath() throws Exception {
        assertEquals(200, ServedFile.fetch(moved, "api/realtime/asyncapi.json").status());
        assertEquals(404, ServedFile.fetch(moved, "kanava/asyncapi.json").status());
    }

    @Test
    public void servesNothingWhenTurnedOff() throws Exception {
        assertEquals(404, ServedFile.fetch(off, "kanava/asyncapi.json").status());
        assertEquals(404, ServedFile.fetch(off, "kanava/client.js").status());
    }
}
