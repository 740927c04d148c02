package io.kanava.tck.deployment;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /kit/gauges} answers {@code {"heap": bytes, "threads": count}}: the server's used heap after full
 * collections, the lowest of three (what the server holds on to, not the garbage of the moment), and its live
 * threads.
 */
@WebServlet("/kit/gauges")
public class ServerGauges extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            lowest = Math.min(lowest, memory.getHeapMemoryUsage().getUsed());
            try {
                Thread.sleep(200);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        response.setContentType("application/json");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("heap", lowest)
                        .add("threads", ManagementFactory.getThreadMXBean().getThreadCount())
                        .build()
                        .toString());
    }

    /**
     * Reads the gauges of an application that carries this servlet.
     *
     * @param application the application's URL
     * @return the gauges
     * @throws Exception when the request fails
     */
    public static Reading read(URL application) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(application.toURI().resolve("kit/gauges"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError("GET kit/gauges answered " + answer.statusCode() + ": " + answer.body());
        }
        try (JsonReader reader = Json.createReader(new StringReader(answer.body()))) {
            JsonObject gauges = reader.readObject();
            return new Reading(gauges.getJsonNumber("heap").longValue(), gauges.getInt("threads"));
        }
    }

    /**
     * One reading.
     *
     * @param heap used heap after full collections, in bytes
     * @param threads live threads
     */
    public record Reading(long heap, int threads) {}
}
