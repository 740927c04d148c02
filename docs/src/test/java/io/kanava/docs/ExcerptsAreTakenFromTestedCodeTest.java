package io.kanava.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example marked as an excerpt is a run of lines of a file the build compiles and tests: the sample, the kit,
 * the clients' tests or the TypeScript checks. So an example that drifts from the code fails the build.
 */
class ExcerptsAreTakenFromTestedCodeTest {

    /** Where excerpts may come from: code that is compiled and exercised by the build. */
    private static final List<String> TESTED = List.of(
            "sample-war/src/",
            "tck-tests/src/",
            "client/src/test/",
            "typescript/test/",
            "typescript/pom.xml",
            "impl/src/test/",
            "api/src/main/");

    private final Repository repository = Repository.current();

    @Test
    void everyExcerptIsARunOfItsFilesLines() {
        List<String> drifted = new ArrayList<>();
        int excerpts = 0;
        for (Guide guide : Guide.all(repository)) {
            for (Block block : guide.blocks()) {
                if (block.directive().kind() != Directive.Kind.EXCERPT) {
                    continue;
                }
                excerpts++;
                String source = block.directive().argument();
                Path file = repository.resolve(source);
                if (TESTED.stream().noneMatch(source::startsWith)) {
                    drifted.add(block.where() + ": " + source + " is not under code the build tests " + TESTED);
                } else if (!Files.isRegularFile(file)) {
                    drifted.add(block.where() + ": no file " + source);
                } else if (!new Excerpt(block.lines()).isIn(Repository.lines(file))) {
                    drifted.add(block.where() + ": not a run of the lines of " + source);
                }
            }
        }
        assertTrue(excerpts >= 20, "the guides show code; found only " + excerpts + " excerpts");
        assertEquals(List.of(), drifted);
    }
}
