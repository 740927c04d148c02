package io.kanava.tck.sample;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

import io.kanava.docs.Curl;
import io.kanava.docs.Guide;
import io.kanava.docs.Repository;
import io.kanava.docs.Transcript;
import io.kanava.tck.wire.ChannelAddress;
import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every transcript of the README and the guides ({@code <!-- replayed on the sample: /route -->}), replayed against
 * the sample deployed unchanged: each frame sent on one connection to the route, each {@code curl} made over HTTP
 * with its credentials, and every frame and body that comes back compared with what the page shows, {@code …}
 * standing for any text. A transcript that no longer tells the truth about the sample fails here, on every server.
 */
public class DocumentedTranscriptsTest extends SampleScenario {

    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final Duration QUIET = Duration.ofMillis(500);

    @Test
    public void everyTranscriptOfTheGuidesIsWhatTheSampleAnswers() throws Exception {
        List<Transcript> transcripts = Guide.all(Repository.current()).stream()
                .flatMap(guide -> guide.replayed().stream())
                .map(Transcript::of)
                .toList();
        assertTrue(transcripts.size() >= 4, "transcripts found: " + transcripts.size());
        for (Transcript transcript : transcripts) {
            replay(transcript);
        }
    }

    private void replay(Transcript transcript) throws Exception {
        String where = transcript.block().where();
        try (WireClient client = WireClient.connect(
                ChannelAddress.of(application, transcript.route().substring(1)))) {
            String token = null;
            for (Transcript.Exchange exchange : transcript.exchanges()) {
                if (exchange.frame() != null) {
                    client.send(exchange.frameWith(token));
                } else {
                    String body = request(exchange.curl(), where);
                    if (exchange.body() != null) {
                        assertTrue(
                                Transcript.matches(exchange.body(), body),
                                where + ": the transcript shows " + exchange.body() + ", the sample answered " + body);
                    }
                    token = tokenIn(body).orElse(token);
                }
                expectFrames(client, exchange.frames(), where);
            }
            Optional<JsonObject> extra = client.poll(QUIET);
            assertTrue(extra.isEmpty(), where + ": a frame the transcript does not show: " + extra.orElse(null));
        }
    }

    /** The frames one request brings, in any order (an event and a reply may race), and no others before them. */
    private static void expectFrames(WireClient client, List<String> expected, String where) throws Exception {
        List<String> waiting = new ArrayList<>(expected);
        while (!waiting.isEmpty()) {
            String frame = client.nextText();
            Optional<String> shown = waiting.stream()
                    .filter(line -> Transcript.matches(line, frame))
                    .findFirst();
            if (shown.isEmpty()) {
                fail(where + ": the sample sent " + frame + " where the transcript shows one of " + waiting);
            }
            waiting.remove(shown.get());
        }
    }

    private String request(Curl curl, String where) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(application.toExternalForm() + curl.path()))
                .timeout(LIMIT)
                .method(
                        curl.method(),
                        curl.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(curl.body()));
        curl.headers().forEach(request::header);
        if (curl.user() != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (curl.user() + ":" + curl.password()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpResponse<String> response =
                HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(2, response.statusCode() / 100, where + ": " + curl + " answered " + response.statusCode());
        return response.body();
    }

    private static Optional<String> tokenIn(String body) {
        if (!body.strip().startsWith("{")) {
            return Optional.empty();
        }
        JsonObject object = Json.createReader(new StringReader(body)).readObject();
        JsonValue token = object.get("token");
        return token != null && token.getValueType() == JsonValue.ValueType.STRING
                ? Optional.of(object.getString("token"))
                : Optional.empty();
    }
}
