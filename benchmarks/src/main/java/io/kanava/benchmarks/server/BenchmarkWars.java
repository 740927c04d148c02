package io.kanava.benchmarks.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import io.kanava.ChannelDefinition;
import io.kanava.benchmarks.server.app.BenchChannel;
import io.kanava.benchmarks.server.raw.RawEndpoint;
import io.kanava.generator.GenerateClient;
import io.kanava.impl.discovery.KanavaExtension;

/**
 * Writes the WARs the on-server benchmark deploys side by side: {@value #KANAVA} and {@value #SECOND}, each with
 * {@link BenchChannel} and Kanava's jars in {@code WEB-INF/lib}, as an application bundles them, one of them with
 * Kanava's metrics off to measure what they cost; and {@value #RAW} with {@link RawEndpoint} alone. None holds a
 * WebSocket, JSON or CDI implementation: the server provides them.
 */
final class BenchmarkWars {

    /** The Kanava WAR's name, and so its context root. */
    static final String KANAVA = "kanava-bench";

    /** The second Kanava WAR's name. */
    static final String SECOND = "kanava-bench-2";

    private static final String METRICS_OFF = "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">"
            + "<context-param><param-name>kanava.metrics</param-name><param-value>off</param-value></context-param>"
            + "</web-app>";

    /** The raw WAR's name, and so its context root. */
    static final String RAW = "raw-bench";

    private static final String BEANS_XML = "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\""
            + " bean-discovery-mode=\"annotated\"/>";

    private BenchmarkWars() {}

    /**
     * Writes the WARs into a directory.
     *
     * @param directory where the server picks deployments up
     * @param firstMetered whether {@value #KANAVA} keeps Kanava's metrics
     * @param secondMetered whether {@value #SECOND} keeps them
     * @return the WARs written
     * @throws IOException when a class or jar cannot be read, or a WAR cannot be written
     */
    static List<Path> writeTo(Path directory, boolean firstMetered, boolean secondMetered) throws IOException {
        Files.createDirectories(directory);
        Path kanava = kanavaWar(directory.resolve(KANAVA + ".war"), firstMetered ? null : METRICS_OFF);
        Path second = kanavaWar(directory.resolve(SECOND + ".war"), secondMetered ? null : METRICS_OFF);
        Path raw = directory.resolve(RAW + ".war");
        try (JarOutputStream war = new JarOutputStream(Files.newOutputStream(raw))) {
            addPackageOf(war, RawEndpoint.class);
        }
        return List.of(kanava, second, raw);
    }

    /** The channel and Kanava's jars, with a {@code web.xml} when one is given. */
    private static Path kanavaWar(Path file, String webXml) throws IOException {
        try (JarOutputStream war = new JarOutputStream(Files.newOutputStream(file))) {
            put(war, "WEB-INF/beans.xml", BEANS_XML.getBytes(StandardCharsets.UTF_8));
            if (webXml != null) {
                put(war, "WEB-INF/web.xml", webXml.getBytes(StandardCharsets.UTF_8));
            }
            addPackageOf(war, BenchChannel.class);
            for (Class<?> fromJar : List.of(ChannelDefinition.class, KanavaExtension.class, GenerateClient.class)) {
                Path source = codeSource(fromJar);
                put(war, "WEB-INF/lib/" + jarName(source), jarBytes(source));
            }
        }
        return file;
    }

    /** Adds every class of a package, nested ones included, under {@code WEB-INF/classes}. */
    private static void addPackageOf(JarOutputStream war, Class<?> member) throws IOException {
        String folder = member.getPackageName().replace('.', '/') + "/";
        Path source = codeSource(member);
        for (String entry : entriesUnder(source, folder)) {
            try (InputStream in = member.getClassLoader().getResourceAsStream(entry)) {
                if (in == null) {
                    throw new IOException("Cannot read " + entry + " from " + source);
                }
                put(war, "WEB-INF/classes/" + entry, in.readAllBytes());
            }
        }
    }

    private static List<String> entriesUnder(Path source, String folder) throws IOException {
        List<String> entries = new ArrayList<>();
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.list(source.resolve(folder))) {
                files.filter(file -> file.toString().endsWith(".class"))
                        .forEach(file -> entries.add(folder + file.getFileName()));
            }
        } else {
            try (JarFile jar = new JarFile(source.toFile())) {
                jar.stream()
                        .map(JarEntry::getName)
                        .filter(name -> name.startsWith(folder) && name.endsWith(".class"))
                        .filter(name -> name.indexOf('/', folder.length()) < 0)
                        .forEach(entries::add);
            }
        }
        return entries;
    }

    /** A jar's bytes; a module built in the same reactor may be a classes folder, which is packed here. */
    private static byte[] jarBytes(Path source) throws IOException {
        if (!Files.isDirectory(source)) {
            return Files.readAllBytes(source);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes);
                Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                put(jar, source.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return bytes.toByteArray();
    }

    private static String jarName(Path source) {
        String name = source.getFileName().toString();
        if (name.endsWith(".jar")) {
            return name;
        }
        return source.getParent().getParent().getFileName() + ".jar"; // <module>/target/classes
    }

    private static Path codeSource(Class<?> type) throws IOException {
        try {
            return Path.of(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("Cannot locate the classes of " + type.getName(), e);
        }
    }

    private static void put(JarOutputStream archive, String name, byte[] content) throws IOException {
        archive.putNextEntry(new JarEntry(name));
        OutputStream out = archive;
        out.write(content);
        archive.closeEntry();
    }
}
