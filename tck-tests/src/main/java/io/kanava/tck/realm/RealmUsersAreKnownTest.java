package io.kanava.tck.realm;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.kanava.tck.deployment.KitArchive;
import io.kanava.tck.deployment.RealmUser;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runner gives every server the kit's users ({@link RealmUser}): a WAR that protects its routes with servlet
 * security constraints and BASIC authentication sees them, with their roles, in servlets and in the WebSocket
 * handshake, and turns away everyone else.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class RealmUsersAreKnownTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(WireClient.TIMEOUT).build();

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return KitArchive.create(
                        "kit-realm",
                        IdentityReport.class,
                        WhoAmIServlet.class,
                        IdentityCapturingConfigurator.class,
                        WhoAmIEndpoint.class)
                .setWebXML(new StringAsset(RealmDescriptor.securedWebXml()));
    }

    @Test
    public void servletSeesAliceAsAdminAndUser() throws Exception {
        HttpResponse<String> response = get("secured/whoami", RealmUser.ALICE.authorization());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("name=alice;admin=true;user=true", response.body());
    }

    @Test
    public void servletSeesBobAsUserOnly() throws Exception {
        HttpResponse<String> response = get("secured/whoami", RealmUser.BOB.authorization());
        assertEquals(200, response.statusCode(), response::body);
        assertEquals("name=bob;admin=false;user=true", response.body());
    }

    @Test
    public void adminRouteAdmitsAliceAndForbidsBob() throws Exception {
        HttpResponse<String> alice = get("admin/whoami", RealmUser.ALICE.authorization());
        assertEquals(200, alice.statusCode(), alice::body);
        assertEquals("name=alice;admin=true;user=true", alice.body());
        assertEquals(403, get("admin/whoami", RealmUser.BOB.authorization()).statusCode());
    }

    @Test
    public void servletChallengesAnonymousCaller() throws Exception {
        HttpResponse<String> response = get("secured/whoami", null);
        assertEquals(401, response.statusCode(), response::body);
        assertTrue(
                response.headers().firstValue("WWW-Authenticate").orElse("").regionMatches(true, 0, "Basic", 0, 5),
                () -> "Expected a BASIC challenge, got " + response.headers().map());
    }

    @Test
    public void servletRejectsWrongPassword() throws Exception {
        assertEquals(
                401,
                get("secured/whoami", new RealmUser(RealmUser.ALICE.name(), RealmUser.BOB.password()).authorization())
                        .statusCode());
    }

    @Test
    public void handshakeCarriesAliceAndHerAdminRole() throws Exception {
        assertEquals("name=alice;admin=true;user=true", askEndpoint(RealmUser.ALICE.authorization()));
    }

    @Test
    public void handshakeCarriesBobWithoutAdminRole() throws Exception {
        assertEquals("name=bob;admin=false;user=true", askEndpoint(RealmUser.BOB.authorization()));
    }

    @Test
    public void handshakeWithoutCredentialsIsRefused() throws Exception {
        assertEquals(401, refusedHandshakeStatus(null));
    }

    @Test
    public void handshakeWithWrongPasswordIsRefused() throws Exception {
        assertEquals(
                401,
                refusedHandshakeStatus(
                        new RealmUser(RealmUser.BOB.name(), RealmUser.ALICE.password()).authorization()));
    }

    private HttpResponse<String> get(String route, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(application.toExternalForm()).resolve(route))
                .timeout(WireClient.TIMEOUT)
                .GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private WebSocket.Builder handshake(String authorization) {
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(WireClient.TIMEOUT);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    /** Opens the endpoint, sends one message and returns the answer. */
    private String askEndpoint(String authorization) throws Exception {
        FirstText listener = new FirstText();
        WebSocket socket = handshake(authorization)
                .buildAsync(ChannelAddress.of(application, "secured/ws"), listener)
                .get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        try {
            socket.sendText("who am I?", true).get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return listener.text.get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            socket.abort();
        }
    }

    /** Tries to open the endpoint and returns the HTTP status of the refused handshake. */
    private int refusedHandshakeStatus(String authorization) throws Exception {
        URI uri = ChannelAddress.of(application, "secured/ws");
        try {
            WebSocket socket = handshake(authorization)
                    .buildAsync(uri, new FirstText())
                    .get(WireClient.TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            socket.abort();
            throw new AssertionError("The handshake to " + uri + " succeeded");
        } catch (ExecutionException refused) {
            WebSocketHandshakeException handshake =
                    assertInstanceOf(WebSocketHandshakeException.class, refused.getCause());
            return handshake.getResponse().statusCode();
        }
    }

    /** Completes with the first text message. */
    private static final class FirstText implements WebSocket.Listener {
        private final CompletableFuture<String> text = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                text.complete(partial.toString());
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            text.completeExceptionally(new AssertionError("Closed with " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            text.completeExceptionally(error);
        }
    }
}
