package io.kanava.tck.events;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

import io.kanava.tck.wire.WireClient;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The EventHub works outside channels: a JAX-RS resource publishes, an in-application listener hears. */
public class EventHubOutsideChannelsTest extends EventsScenario {

    @Test
    public void deliversAPublishFromAJaxRsResourceToAWebSocketClient() throws Exception {
        try (WireClient reader = connect("news")) {
            subscribe(reader, "news:rest");
            HttpResponse<String> response = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(application + "api/news/news:rest"))
                                    .timeout(WireClient.TIMEOUT)
                                    .POST(HttpRequest.BodyPublishers.ofString("From REST"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertEquals(204, response.statusCode(), response::body);
            assertEquals("From REST", reader.next().getJsonObject("data").getString("text"));
        }
    }

    @Test
    public void letsAListenerHearATopicUntilItsSubscriptionIsClosed() throws Exception {
        try (WireClient client = connect("news")) {
            call(client, "listen", "news:heard", "", 0, 0);
            publish(client, "news:heard", "first");
            call(client, "stopListening", "", "", 0, 0);
            publish(client, "news:heard", "second");
            List<String> heard =
                    client
                            .call("{\"id\":1,\"action\":\"heard\"}")
                            .getJsonArray("data")
                            .getValuesAs(JsonString.class)
                            .stream()
                            .map(JsonString::getString)
                            .toList();
            assertEquals(List.of("news:heard:first"), heard);
        }
    }
}
