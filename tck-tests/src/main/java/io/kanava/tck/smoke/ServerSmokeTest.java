package io.kanava.tck.smoke;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Proves the runner works on a server: a WAR with a plain JSR-356 endpoint and a CDI bean deploys next to the
 * Kanava implementation jar the runner adds, and a JDK WebSocket client gets its echo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class ServerSmokeTest {

    private static final long TIMEOUT_SECONDS = 10;

    @ArquillianResource
    URL applicationUrl;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "kanava-smoke.war")
                .addClasses(SmokeEchoEndpoint.class, EchoReplyComposer.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Test
    public void endpointEchoesThroughCdiBean() throws Exception {
        CompletableFuture<String> reply = new CompletableFuture<>();
        WebSocket webSocket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
                .buildAsync(webSocketUri("echo"), new FirstTextListener(reply))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        try {
            webSocket.sendText("hello", true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            assertEquals("echo:hello", reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } finally {
            webSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
    }

    private URI webSocketUri(String path) throws Exception {
        String base = applicationUrl.toExternalForm();
        URI http = URI.create(base.endsWith("/") ? base : base + "/").resolve(path);
        return new URI(
                "https".equals(http.getScheme()) ? "wss" : "ws",
                http.getUserInfo(),
                http.getHost(),
                http.getPort(),
                http.getPath(),
                null,
                null);
    }

    /** Collects the first complete text message. */
    private static final class FirstTextListener implements WebSocket.Listener {

        private final CompletableFuture<String> reply;
        private final StringBuilder text = new StringBuilder();

        FirstTextListener(CompletableFuture<String> reply) {
            this.reply = reply;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                reply.complete(text.toString());
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            reply.completeExceptionally(error);
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            reply.completeExceptionally(
                    new IllegalStateException("closed before a reply: " + statusCode + " " + reason));
            return null;
        }
    }
}
