package io.kanava.tck.clients;

import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import io.kanava.tck.wire.WireClient;

/**
 * A file an application serves over HTTP, fetched by the kit: its status, content type and text.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} header, empty when absent
 * @param body the response's text
 */
record ServedFile(int status, String contentType, String body) {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(WireClient.TIMEOUT).build();

    /**
     * Fetches a path of an application.
     *
     * @param application the application's address as Arquillian gives it
     * @param path the path below it, without a leading slash
     * @return the answer
     * @throws Exception when the request fails or times out
     */
    static ServedFile fetch(URL application, String path) throws Exception {
        String base = application.toExternalForm();
        URI uri = URI.create((base.endsWith("/") ? base : base + "/") + path);
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(uri).timeout(WireClient.TIMEOUT).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new ServedFile(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                response.body());
    }

    JsonObject json() {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
