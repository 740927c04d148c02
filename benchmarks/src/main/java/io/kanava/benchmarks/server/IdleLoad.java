package io.kanava.benchmarks.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Many connections that only stay open: the server's live heap after full collections and its resident memory are
 * read before they open and once they are all open; the difference, divided by their number, is what one idle
 * connection costs.
 */
final class IdleLoad {

    private static final ServerProcess.ClassCount ZERO = new ServerProcess.ClassCount(0, 0);

    private final int connections;
    private final Path histogram;

    /**
     * Describes the load.
     *
     * @param connections the idle connections opened
     * @param histogram where to write the classes whose live objects grew most, or {@code null} not to
     */
    IdleLoad(int connections, Path histogram) {
        this.connections = connections;
        this.histogram = histogram;
    }

    /**
     * Opens the connections to one endpoint, measures, and closes them.
     *
     * @param uri the endpoint
     * @param server the server
     * @return what one connection costs
     * @throws Exception when a connection cannot be opened or the server cannot be read
     */
    Figures run(URI uri, ServerProcess server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        List<LoadConnection> open = new ArrayList<>(connections);
        long heapBefore = server.liveHeap();
        long residentBefore = server.residentBytes();
        Map<String, ServerProcess.ClassCount> classesBefore = histogram == null ? Map.of() : server.histogram();
        try {
            for (int i = 0; i < connections; i++) {
                open.add(LoadConnection.open(http, uri, frame -> {}));
            }
            Thread.sleep(2_000); // what the server does just after a handshake is done
            long heap = server.liveHeap() - heapBefore;
            long resident = server.residentBytes() - residentBefore;
            if (histogram != null) {
                writeGrowth(
                        classesBefore,
                        server.histogram(),
                        histogram.resolve(uri.getPath().split("/")[1] + ".txt"));
            }
            return new Figures(connections, heap / connections, resident / connections);
        } finally {
            open.forEach(LoadConnection::close);
            Thread.sleep(5_000);
        }
    }

    /** Writes the classes whose live bytes grew most, per connection. */
    private void writeGrowth(
            Map<String, ServerProcess.ClassCount> before, Map<String, ServerProcess.ClassCount> after, Path file)
            throws IOException {
        long allClasses = after.entrySet().stream()
                        .mapToLong(entry -> entry.getValue().bytes())
                        .sum()
                - before.values().stream()
                        .mapToLong(ServerProcess.ClassCount::bytes)
                        .sum();
        StringBuilder growth = new StringBuilder(String.format(
                Locale.ROOT,
                "live objects per idle connection, %,d connections; all classes together %,.1f bytes%n%12s %12s"
                        + "  class%n",
                connections,
                allClasses / (double) connections,
                "bytes",
                "instances"));
        after.entrySet().stream()
                .map(entry -> Map.entry(
                        entry.getKey(),
                        new ServerProcess.ClassCount(
                                entry.getValue().instances()
                                        - before.getOrDefault(entry.getKey(), ZERO)
                                                .instances(),
                                entry.getValue().bytes()
                                        - before.getOrDefault(entry.getKey(), ZERO)
                                                .bytes())))
                .filter(entry -> entry.getValue().bytes() > 0)
                .sorted((a, b) ->
                        Long.compare(b.getValue().bytes(), a.getValue().bytes()))
                .limit(80)
                .forEach(entry -> growth.append(String.format(
                        Locale.ROOT,
                        "%12.1f %12.2f  %s%n",
                        entry.getValue().bytes() / (double) connections,
                        entry.getValue().instances() / (double) connections,
                        entry.getKey())));
        Files.writeString(file, growth, StandardCharsets.UTF_8);
    }

    /**
     * What one idle connection costs.
     *
     * @param connections how many were open
     * @param heapBytes live heap per connection
     * @param residentBytes resident memory per connection
     */
    record Figures(int connections, long heapBytes, long residentBytes) {}
}
