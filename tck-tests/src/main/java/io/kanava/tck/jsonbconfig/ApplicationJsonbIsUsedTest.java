package io.kanava.tck.jsonbconfig;

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

/**
 * An application that has its own {@code Jsonb} bean gets its payloads bound and written with it: here, a naming
 * strategy in upper camel case. Kanava does not close it; the application does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ApplicationJsonbIsUsedTest {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create("kit-jsonb-bean", PersonChannels.class, Person.class, UpperCamelCaseJsonb.class);
    }

    @Test
    public void bindsAndWritesMembersWithTheApplicationsJsonb() throws Exception {
        try (WireClient client = WireClient.connect(ChannelAddress.of(application, "channels/people"))) {
            JsonObject reply = client.call(
                    "{\"id\":1,\"action\":\"greet\",\"data\":{\"FirstName\":\"Ada\",\"LastName\":\"Lovelace\"}}");
            JsonObject person = reply.getJsonObject("data");
            assertEquals("Lovelace", person.getString("FirstName"), reply::toString);
            assertEquals("Ada", person.getString("LastName"), reply::toString);
            assertEquals(2, person.size(), reply::toString);
        }
    }
}
