package io.kanava.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Configuration has one table: the configuration guide's rows are exactly the servlet context parameters the runtime
 * reads.
 */
class EveryConfigurationParameterIsDocumentedTest {

    /** How the runtime names a parameter it reads: {@code apply("kanava.x")} or {@code …PARAMETER = "kanava.x"}. */
    private static final Pattern READ = Pattern.compile("(?:apply\\(|PARAMETER\\s*=\\s*)\"(kanava\\.[^\"]+)\"");

    private static final Pattern ROW =
            Pattern.compile("^\\|\\s*`(kanava\\.[^`]+)`(?:,\\s*`(kanava\\.[^`]+)`)?", Pattern.MULTILINE);

    private final Repository repository = Repository.current();

    @Test
    void theConfigurationTableListsExactlyTheParametersTheRuntimeReads() {
        Set<String> read = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(repository.resolve("impl/src/main/java"))) {
            sources.filter(source -> source.toString().endsWith(".java")).forEach(source -> {
                Matcher matcher = READ.matcher(Repository.text(source));
                while (matcher.find()) {
                    read.add(matcher.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> documented = new TreeSet<>();
        Matcher row = ROW.matcher(Repository.text(repository.resolve("docs/configuration.md")));
        while (row.find()) {
            documented.add(row.group(1));
            if (row.group(2) != null) {
                documented.add(row.group(2));
            }
        }
        assertEquals(read, documented, "the rows of docs/configuration.md's tables and the parameters impl reads");
    }
}
