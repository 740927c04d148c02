package io.kanava.tck.json;

import java.net.URL;

import jakarta.json.JsonObject;

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
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Payloads are bound with JSON-B, honouring the application's annotations on its records and classes. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class JsonbAnnotationsAreHonouredTest {

    private static final String LABEL = "{\"label_text\":\"urgent\",\"due\":\"24.12.2026\"}";

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-json", LabelChannels.class, Label.class, Badge.class);
    }

    private JsonObject call(String action) throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/labels"))) {
            return client.call("{\"id\":1,\"action\":\"" + action + "\",\"data\":" + LABEL + "}")
                    .getJsonObject("data");
        }
    }

    @Test
    public void bindsAnInputRecordByItsAnnotatedNamesAndFormats() throws Exception {
        assertEquals("URGENT 2026", call("badge").getString("badge_text"));
    }

    @Test
    public void writesAnOutputByItsAnnotatedNamesLeavingTransientPropertiesOut() throws Exception {
        JsonObject badge = call("badge");
        assertFalse(badge.containsKey("internalNote"), badge::toString);
        assertFalse(badge.containsKey("text"), badge::toString);
        JsonObject label = call("echo");
        assertEquals("urgent", label.getString("label_text"));
        assertEquals("24.12.2026", label.getString("due"));
    }
}
