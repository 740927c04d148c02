package io.kanava.tck.validation;

import java.net.URL;
import java.util.List;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.calls.CallLedger;
import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertError;
import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * With the server's Jakarta Validation, an input that breaks its constraints is answered {@code invalid_data} with
 * one violation per broken constraint (its path in {@code data} and the validator's message), before permissions and
 * handler; the action's validation groups replace the default group; the connection stays usable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class InputsAreValidatedTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create(
                "kit-validation",
                ValidationChannels.class,
                CallLedger.class,
                Order.class,
                Item.class,
                Rename.class,
                Rename.OnRename.class);
    }

    private WireClient connect() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "channels/validated"));
    }

    private static long runs(WireClient client, String action) throws Exception {
        return client.call("{\"id\":\"runs\",\"action\":\"runs\",\"data\":\"" + action + "\"}")
                .getJsonNumber("data")
                .longValue();
    }

    private static List<String> paths(JsonObject error) {
        return error.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(violation -> violation.getString("path"))
                .toList();
    }

    @Test
    public void namesEveryBrokenConstraintAndRunsNeitherPermissionNorHandler() throws Exception {
        try (WireClient client = connect()) {
            JsonObject frame = client.call("{\"id\":1,\"action\":\"order\",\"data\":{\"customer\":\" \","
                    + "\"items\":[{\"name\":\"milk\",\"quantity\":2},{\"name\":\"\",\"quantity\":11}]}}");
            JsonObject error = assertError(frame, "invalid_data");
            assertEquals(1, frame.getInt("id"));
            assertEquals(List.of("customer", "items[1].name", "items[1].quantity"), paths(error), frame::toString);
            assertEquals(
                    "must not be blank",
                    error.getJsonArray("violations").getJsonObject(0).getString("message"),
                    frame::toString);
            assertTrue(error.getString("message").contains("items[1].quantity"), frame::toString);
            assertFalse(error.containsKey("errorId"), frame::toString);
            assertEquals(0, runs(client, "order-permission"));
            assertEquals(0, runs(client, "order"));

            JsonObject reply = client.call("{\"id\":2,\"action\":\"order\",\"data\":{\"customer\":\"alice\","
                    + "\"items\":[{\"name\":\"milk\",\"quantity\":2}]}}");
            assertReply(reply, "order");
            assertEquals(1, reply.getInt("data"));
            assertEquals(1, runs(client, "order-permission"));
            assertEquals(1, runs(client, "order"));
        }
    }

    @Test
    public void missingDataBreaksTheConstraintsOfTheInputType() throws Exception {
        try (WireClient client = connect()) {
            JsonObject frame = client.call("{\"id\":3,\"action\":\"order\"}");
            assertEquals(List.of(""), paths(assertError(frame, "invalid_data")), frame::toString);
        }
    }

    @Test
    public void validatesTheActionsGroupsInsteadOfTheDefaultGroup() throws Exception {
        try (WireClient client = connect()) {
            JsonObject refused = client.call("{\"id\":4,\"action\":\"rename\",\"data\":{\"name\":\"x\"}}");
            assertEquals(List.of("id"), paths(assertError(refused, "invalid_data")), refused::toString);

            JsonObject reply = client.call("{\"id\":5,\"action\":\"rename\",\"data\":{\"id\":7,\"name\":\"\"}}");
            assertReply(reply, "rename");
            assertEquals(7, reply.getInt("data"), "a blank name is only a violation in the default group");
        }
    }
}
