package io.kanava.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One Markdown page of the documentation (the README or a guide under docs/) and its fenced code blocks.
 *
 * @param path the page
 * @param lines its lines
 * @param blocks its fenced code blocks, in order
 */
public record Guide(Path path, List<String> lines, List<Block> blocks) {

    /**
     * The README and every guide under docs/, in a stable order.
     *
     * @param repository the repository
     * @return them
     */
    public static List<Guide> all(Repository repository) {
        List<Guide> guides = new ArrayList<>();
        guides.add(read(repository.resolve("README.md")));
        try (Stream<Path> pages = Files.list(repository.resolve("docs"))) {
            pages.filter(page -> page.getFileName().toString().endsWith(".md"))
                    .sorted()
                    .forEach(page -> guides.add(read(page)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return guides;
    }

    static Guide read(Path path) {
        List<String> lines = Repository.lines(path);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("```")) {
                continue;
            }
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                body.add(lines.get(i));
            }
            blocks.add(new Block(path, start + 1, line.substring(3).strip(), Directive.before(lines, start), body));
        }
        return new Guide(path, List.copyOf(lines), List.copyOf(blocks));
    }

    /**
     * The page's transcripts the kit replays against the sample.
     *
     * @return them
     */
    public List<Block> replayed() {
        return blocks.stream()
                .filter(block -> block.directive().kind() == Directive.Kind.REPLAYED)
                .toList();
    }
}
