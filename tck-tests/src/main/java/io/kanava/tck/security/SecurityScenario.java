package io.kanava.tck.security;

import java.net.URL;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

/** What the identity scenarios share: one WAR with a BASIC-protected route and open routes, and ways to call it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class SecurityScenario {

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-security",
                KitArchive.SECURED_ROUTES,
                VaultChannels.class,
                PermitChannels.class,
                SideEffects.class,
                TokenLogin.class,
                Caller.class,
                Credentials.class,
                Document.class);
    }

    WireClient connect(String route, Map<String, String> headers) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, route), headers);
    }

    WireClient connect(String route) throws Exception {
        return connect(route, Map.of());
    }

    static JsonObject whoami(WireClient client) throws Exception {
        return client.call("{\"id\":\"who\",\"action\":\"whoami\"}").getJsonObject("data");
    }

    static long effects(WireClient client, String what) throws Exception {
        return client.call("{\"id\":\"fx\",\"action\":\"effects\",\"data\":\"" + what + "\"}")
                .getJsonNumber("data")
                .longValue();
    }

    static JsonObject login(WireClient client, String subject, String roles) throws Exception {
        return client.call(
                "{\"id\":\"login\",\"action\":\"login\",\"data\":{\"token\":\"token:" + subject + ":" + roles + "\"}}");
    }
}
