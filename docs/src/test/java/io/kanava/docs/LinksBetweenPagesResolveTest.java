package io.kanava.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every relative link of the README and the guides names a file that exists, and a heading of it when it has a #. */
class LinksBetweenPagesResolveTest {

    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private final Repository repository = Repository.current();

    @Test
    void everyRelativeLinkResolves() {
        List<String> broken = new ArrayList<>();
        for (Guide guide : Guide.all(repository)) {
            String text = String.join("\n", guide.lines());
            Matcher link = LINK.matcher(text);
            while (link.find()) {
                String target = link.group(1);
                if (target.startsWith("http://") || target.startsWith("https://")) {
                    continue;
                }
                String[] parts = target.split("#", 2);
                Path file = parts[0].isEmpty()
                        ? guide.path()
                        : guide.path().getParent().resolve(parts[0]).normalize();
                if (!Files.exists(file)) {
                    broken.add(guide.path().getFileName() + ": " + target + " (no such file)");
                } else if (parts.length == 2 && !anchors(file).contains(parts[1])) {
                    broken.add(guide.path().getFileName() + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    /** GitHub's anchors: a heading lower-cased, punctuation but hyphens dropped, spaces as hyphens. */
    private static List<String> anchors(Path page) {
        return Repository.lines(page).stream()
                .filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "")
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N} _-]", "")
                        .replace(' ', '-'))
                .toList();
    }
}
