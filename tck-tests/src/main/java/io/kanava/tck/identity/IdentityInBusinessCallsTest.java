package io.kanava.tck.identity;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.deployment.RealmUser;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static io.kanava.tck.wire.FrameAssertions.assertReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What an action handler is to the container when it calls a session bean or Jakarta Security. A connection whose
 * upgrade the container authenticated (HTTP BASIC here) runs its calls as that user on WildFly, Payara and Open
 * Liberty: Kanava captures the caller's context of the handshake with the container's default
 * {@code ContextService} and applies it around each call, so {@code @RolesAllowed} methods admit the user and
 * {@code getCallerPrincipal()} names them, also in a task of the default managed executor that an asynchronous
 * handler submits. (Payara's {@code SecurityContext.isCallerInRole} still answers {@code false} there; its
 * {@code getCallerPrincipal} and the session bean's checks are right.) An in-band session is Kanava's own: the
 * container never learns of it, so beans and {@code SecurityContext} see the server's anonymous caller, whose name
 * differs per server; handlers pass the session's subject explicitly. A plain servlet request of the same user is
 * the control.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class IdentityInBusinessCallsTest {

    /**
     * The server the runner started: {@code wildfly}, {@code payara} or {@code liberty} (the group
     * {@code wildfly-cluster}, which runs this class only when {@code -Dit.test} overrides its includes, is WildFly).
     */
    private static final String SERVER =
            System.getProperty("arquillian.launch", "unknown").replaceFirst("^wildfly-cluster$", "wildfly");

    private static final String REFUSED = "refused: EJBAccessException";

    /** What every server answers a caller it does not know. */
    private static final Map<String, Observation> ANONYMOUS = Map.of(
            "wildfly", new Observation(REFUSED, "anonymous user=false", "anonymous user=false"),
            "payara", new Observation(REFUSED, "ANONYMOUS user=false", "null user=false"),
            "liberty", new Observation(REFUSED, "UNAUTHENTICATED user=false", "null user=false"));

    /** What every server answers bob, authenticated by the container with role user, in a servlet request. */
    private static final Map<String, Observation> BOB = Map.of(
            "wildfly", new Observation("bob user=true", "bob user=true", "bob user=true"),
            "payara", new Observation("bob user=true", "bob user=true", "bob user=true"),
            "liberty", new Observation("bob user=true", "bob user=true", "bob user=true"));

    /**
     * What every server answers bob in a handler of his connection: the same, except Payara's
     * {@code SecurityContext.isCallerInRole} outside a servlet request.
     */
    private static final Map<String, Observation> BOB_IN_A_HANDLER = Map.of(
            "wildfly", new Observation("bob user=true", "bob user=true", "bob user=true"),
            "payara", new Observation("bob user=true", "bob user=true", "bob user=false"),
            "liberty", new Observation("bob user=true", "bob user=true", "bob user=true"));

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-identity",
                KitArchive.SECURED_ROUTES,
                IdentityChannels.class,
                CallerBean.class,
                SecurityContextProbe.class,
                Observation.class,
                ObservationServlet.class);
    }

    @Test
    public void showsTheBasicAuthenticatedUserToBeansAndJakartaSecurityInAPlainServletRequest() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(application.toURI().resolve("secured/observe"))
                .header("Authorization", RealmUser.BOB.authorization())
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        String[] lines = response.body().split("\\n", -1);
        assertEquals(3, lines.length, response::body);
        check("servlet request of bob", BOB, new Observation(lines[0], lines[1], lines[2]));
    }

    @Test
    public void runsAnAnonymousConnectionsHandlerAsTheContainersAnonymousCaller() throws Exception {
        try (WireClient client = connect("open/lounge", Map.of())) {
            check("anonymous connection", ANONYMOUS, observe(client, "observe"));
        }
    }

    @Test
    public void runsTheHandlerOfABasicAuthenticatedUpgradeAsThatUser() throws Exception {
        try (WireClient client = connect("secured/guarded", RealmUser.BOB.basic())) {
            assertKanavaSees(client, "bob user=true");
            check("container identity bob, synchronous handler", BOB_IN_A_HANDLER, observe(client, "observe"));
        }
    }

    @Test
    public void runsTheManagedTaskOfAnAsyncHandlerOfABasicAuthenticatedUpgradeAsThatUser() throws Exception {
        try (WireClient client = connect("secured/guarded", RealmUser.BOB.basic())) {
            assertKanavaSees(client, "bob user=true");
            check("container identity bob, asynchronous handler", BOB_IN_A_HANDLER, observe(client, "observeLater"));
        }
    }

    @Test
    public void keepsAnInBandSessionToKanavaSoBeansAndJakartaSecuritySeeTheAnonymousCaller() throws Exception {
        try (WireClient client = connect("open/lounge", Map.of())) {
            login(client);
            assertKanavaSees(client, "carol user=true");
            check("in-band session carol, synchronous handler", ANONYMOUS, observe(client, "observe"));
        }
    }

    @Test
    public void keepsAnInBandSessionFromTheManagedTaskOfAnAsyncHandler() throws Exception {
        try (WireClient client = connect("open/lounge", Map.of())) {
            login(client);
            assertKanavaSees(client, "carol user=true");
            check("in-band session carol, asynchronous handler", ANONYMOUS, observe(client, "observeLater"));
        }
    }

    private WireClient connect(String route, Map<String, String> headers) throws Exception {
        return WireClient.connect(ChannelAddress.of(application, route), headers);
    }

    private static void login(WireClient client) throws Exception {
        JsonObject reply = client.call("{\"id\":\"in\",\"action\":\"login\"}");
        assertReply(reply, "login");
        assertEquals("carol", reply.getString("data"));
    }

    private static void assertKanavaSees(WireClient client, String subject) throws Exception {
        JsonObject reply = client.call("{\"id\":\"s\",\"action\":\"subject\"}");
        assertReply(reply, "subject");
        assertEquals(subject, reply.getString("data"), "Kanava's own identity of the connection");
    }

    private static Observation observe(WireClient client, String action) throws Exception {
        JsonObject reply = client.call("{\"id\":\"o\",\"action\":\"" + action + "\"}");
        assertReply(reply, action);
        JsonObject data = reply.getJsonObject("data");
        return new Observation(
                data.getString("restricted"), data.getString("permitAll"), data.getString("securityContext"));
    }

    private static void check(String situation, Map<String, Observation> expected, Observation observed) {
        assertTrue(expected.containsKey(SERVER), () -> "No expectation for server " + SERVER + ": " + observed);
        assertEquals(expected.get(SERVER), observed, () -> SERVER + ", " + situation);
    }
}
