package io.kanava.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The operations guide lists every message code the API and the runtime log or throw, and no code it does not. */
class EveryMessageCodeIsDocumentedTest {

    private static final Pattern CODE = Pattern.compile("KNV\\d{4}");

    private final Repository repository = Repository.current();

    @Test
    void theOperationsGuideListsExactlyTheCodesOfTheRuntime() {
        Set<String> used = new TreeSet<>();
        for (String module : List.of("api/src/main/java", "impl/src/main/java")) {
            try (Stream<Path> sources = Files.walk(repository.resolve(module))) {
                sources.filter(source -> source.toString().endsWith(".java"))
                        .forEach(source -> used.addAll(codes(Repository.text(source))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Set<String> documented = codes(Repository.text(repository.resolve("docs/operations.md")));
        assertEquals(used, documented, "docs/operations.md lists the KNV codes of api and impl");
    }

    static Set<String> codes(String text) {
        Set<String> codes = new TreeSet<>();
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            codes.add(matcher.group());
        }
        return codes;
    }
}
