package io.kanava.docs;

import java.nio.file.Path;
import java.util.List;

/**
 * A fenced code block of a page, with the directive that says how it is checked.
 *
 * @param page the page it is on
 * @param line the line of its opening fence (1-based)
 * @param language the fence's info string
 * @param directive how it is checked
 * @param lines its lines
 */
public record Block(Path page, int line, String language, Directive directive, List<String> lines) {

    /**
     * Where it is, for messages: {@code docs/events.md:42}.
     *
     * @return the page and line
     */
    public String where() {
        return page.getFileName() + ":" + line;
    }
}
