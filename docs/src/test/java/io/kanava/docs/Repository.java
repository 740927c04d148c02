package io.kanava.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository the guides describe: its root, found from the system property {@value #PROPERTY} (set by
 * docs/pom.xml and tck-tests/pom.xml) or from the working directory of a module.
 */
public final class Repository {

    static final String PROPERTY = "kanava.repository";

    private final Path root;

    private Repository(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * The repository this build runs in.
     *
     * @return it
     */
    public static Repository current() {
        String configured = System.getProperty(PROPERTY);
        Path start = configured == null || configured.isBlank() ? Path.of("") : Path.of(configured);
        for (Path candidate = start.toAbsolutePath(); candidate != null; candidate = candidate.getParent()) {
            if (Files.isRegularFile(candidate.resolve("README.md")) && Files.isDirectory(candidate.resolve("docs"))) {
                return new Repository(candidate);
            }
        }
        throw new IllegalStateException("No repository root (a directory with README.md and docs/) at or above " + start
                + "; set -D" + PROPERTY + "=<root>");
    }

    Path root() {
        return root;
    }

    Path resolve(String relative) {
        return root.resolve(relative).normalize();
    }

    String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString();
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
