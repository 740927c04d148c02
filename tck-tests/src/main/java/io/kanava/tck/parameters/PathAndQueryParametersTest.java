package io.kanava.tck.parameters;

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
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A connection knows the values of its route's template parameters and its query parameters. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class PathAndQueryParametersTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-parameters", RoomChannels.class, Whereabouts.class);
    }

    private JsonObject describe(String routeAndQuery) throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, routeAndQuery))) {
            return client.call("{\"id\":1,\"action\":\"describe\"}").getJsonObject("data");
        }
    }

    private static List<String> strings(JsonObject query, String name) {
        return query.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }

    @Test
    public void bindsPathParametersFromTheRouteTemplate() throws Exception {
        JsonObject seen = describe("rooms/kitchen/members/alice");
        assertEquals("room", seen.getString("channel"));
        assertEquals("kitchen", seen.getJsonObject("path").getString("room"));
        assertEquals("alice", seen.getJsonObject("path").getString("member"));
    }

    @Test
    public void exposesEveryDecodedValueOfEveryQueryParameter() throws Exception {
        JsonObject query = describe("rooms/hall/members/bob?tag=red&tag=deep%20blue&empty=&flag")
                .getJsonObject("query");
        assertEquals(List.of("red", "deep blue"), strings(query, "tag"));
        assertEquals(List.of(""), strings(query, "empty"));
        assertEquals(List.of(""), strings(query, "flag"));
    }

    @Test
    public void servesAChannelWithoutRouteAtChannelsSlashItsName() throws Exception {
        JsonObject seen = describe("channels/lobby");
        assertEquals("lobby", seen.getString("channel"));
        assertTrue(seen.getJsonObject("path").isEmpty(), seen::toString);
        assertTrue(seen.getJsonObject("query").isEmpty(), seen::toString);
    }
}
