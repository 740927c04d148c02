package io.kanava.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

/**
 * The generator's command line: reads an application's AsyncAPI document from a file or from the URL of a running
 * application, and writes {@code client.ts}, {@code client.js} and {@code client.d.ts} into a directory.
 *
 * <pre>
 * java -jar kanava-generator-cli.jar http://127.0.0.1:8080/kanava-sample/kanava/asyncapi.json src/kanava
 * java -jar kanava-generator-cli.jar asyncapi.json src/kanava
 * </pre>
 */
public final class GenerateClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private GenerateClient() {}

    /**
     * Runs the command line.
     *
     * @param arguments the document's file or URL, then the output directory
     */
    public static void main(String[] arguments) {
        if (arguments.length != 2) {
            System.err.println(
                    "usage: java -jar kanava-generator-cli.jar <asyncapi.json file or URL> <output directory>");
            System.exit(2);
        }
        try {
            Path written = generate(arguments[0], Path.of(arguments[1]));
            System.out.println("Wrote client.ts, client.js and client.d.ts to " + written);
        } catch (GeneratorException e) {
            System.err.println("kanava-generator: " + e.getMessage());
            System.exit(1);
        }
    }

    /**
     * Generates the client of a document into a directory, creating it if needed.
     *
     * @param source a file path, or an {@code http(s)://} URL
     * @param directory where to write the three files
     * @return the directory
     * @throws GeneratorException when the document cannot be read or is not one Kanava wrote, or a file cannot be
     *     written
     */
    public static Path generate(String source, Path directory) {
        GeneratedClient client = new TypeScriptClientGenerator().generate(read(source));
        try {
            Files.createDirectories(directory);
            Files.writeString(directory.resolve("client.ts"), client.typescript());
            Files.writeString(directory.resolve("client.js"), client.javascript());
            Files.writeString(directory.resolve("client.d.ts"), client.declarations());
        } catch (IOException e) {
            throw new GeneratorException("cannot write the client to " + directory + ": " + e.getMessage(), e);
        }
        return directory;
    }

    private static JsonObject read(String source) {
        String text = source.startsWith("http://") || source.startsWith("https://") ? download(source) : file(source);
        try (JsonReader reader = JsonProvider.provider().createReader(new StringReader(text))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new GeneratorException(source + " is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static String file(String path) {
        try (InputStream in = Files.newInputStream(Path.of(path))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeneratorException("cannot read " + path + ": " + e, e);
        }
    }

    private static String download(String url) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        HttpRequest request =
                HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new GeneratorException(url + " answered HTTP " + response.statusCode()
                        + "; is the application running, and is kanava.client.path not 'off'?");
            }
            return response.body();
        } catch (IOException e) {
            throw new GeneratorException("cannot fetch " + url + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GeneratorException("interrupted while fetching " + url, e);
        }
    }
}
