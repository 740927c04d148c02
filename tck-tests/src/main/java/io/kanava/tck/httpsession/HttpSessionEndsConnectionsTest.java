package io.kanava.tck.httpsession;

import java.net.CookieManager;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

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

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Logging out ends the sockets opened with the session's credentials: when the HTTP session an authenticated
 * upgrade was made in is invalidated, its connections close with 1008 and run {@code onDisconnect}, also when the
 * session's id changed after the upgrade; the same user's connections opened outside that session stay open. The
 * container closes them (Jakarta WebSocket requires it of an authenticated session); the close reason is each
 * server's own (WildFly none, Payara "No reason given.", Open Liberty "Secure HTTP Session Closed"), so only the code
 * is asserted.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class HttpSessionEndsConnectionsTest {

    @ArquillianResource
    URL application;

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http =
            HttpClient.newBuilder().cookieHandler(cookies).build();

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.withWebXml(
                "kit-http-session", KitArchive.SECURED_ROUTES, DeskChannels.class, SessionServlet.class);
    }

    private HttpResponse<String> session(String query) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(application.toURI().resolve("secured/session" + query))
                .header("Authorization", RealmUser.BOB.authorization())
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private WireClient connectInSession() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "secured/desk"), http, RealmUser.BOB.basic());
    }

    private WireClient connectOutside() throws Exception {
        return WireClient.connect(ChannelAddress.of(application, "secured/desk"), RealmUser.BOB.basic());
    }

    private static boolean ended(WireClient asker, String id) throws Exception {
        return asker.call("{\"id\":\"e\",\"action\":\"ended\",\"data\":\"" + id + "\"}")
                .getBoolean("data");
    }

    @Test
    public void closesTheConnectionsOfALoggedOutSessionWith1008AndLeavesTheUsersOthersOpen() throws Exception {
        logOutWhileConnected(false);
    }

    @Test
    public void followsTheSessionWhenItsIdChangesAfterTheUpgrade() throws Exception {
        logOutWhileConnected(true);
    }

    private void logOutWhileConnected(boolean renewFirst) throws Exception {
        HttpResponse<String> opened = session("");
        assertEquals(200, opened.statusCode());
        assertFalse(cookies.getCookieStore().getCookies().isEmpty(), "the server set a session cookie");

        try (WireClient inSession = connectInSession();
                WireClient outside = connectOutside()) {
            assertEquals(
                    "bob", inSession.call("{\"id\":1,\"action\":\"whoami\"}").getString("data"));
            String closing = inSession.call("{\"id\":\"i\",\"action\":\"id\"}").getString("data");
            if (renewFirst) {
                HttpResponse<String> renewed = session("?renew");
                assertEquals(200, renewed.statusCode());
                assertNotEquals(opened.body(), renewed.body(), "the session has a new id");
            }

            HttpResponse<String> loggedOut = session("?logout");
            assertEquals(204, loggedOut.statusCode(), () -> "the session was logged out: " + loggedOut.body());

            WireClient.CloseStatus closed = inSession.awaitClose();
            assertEquals(1008, closed.code(), closed::toString);
            assertEquals("bob", outside.call("{\"id\":2,\"action\":\"whoami\"}").getString("data"));
            await("onDisconnect ran for the closed connection")
                    .atMost(WireClient.TIMEOUT)
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> ended(outside, closing));
        }
    }
}
