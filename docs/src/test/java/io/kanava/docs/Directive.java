package io.kanava.docs;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTML comment on the line before a code block that says how the block is checked:
 * <ul>
 * <li>{@code <!-- excerpt: sample-war/src/main/java/…/TodoChannel.java -->}: the block is a run of that file's lines
 * (a file the build compiles and tests), where a line holding only {@code …} stands for any lines left out and a
 * {@code …} inside a line for any text;</li>
 * <li>{@code <!-- replayed on the sample: /channels/todos -->}: a transcript ({@code → frame}, {@code ← frame},
 * {@code $ curl …}) the kit replays against the sample on every server;</li>
 * <li>{@code <!-- command -->}: shell commands, whose Maven modules, profiles and jars must exist.</li>
 * </ul>
 *
 * @param kind how the block is checked
 * @param argument the file, or the route, or empty
 */
public record Directive(Kind kind, String argument) {

    /** How a block is checked. */
    public enum Kind {
        /** A run of lines of a tested file. */
        EXCERPT,
        /** A transcript replayed against the sample. */
        REPLAYED,
        /** Shell commands. */
        COMMAND,
        /** No directive: a defect the checks report. */
        NONE
    }

    private static final Pattern COMMENT =
            Pattern.compile("<!--\\s*(excerpt|replayed on the sample|command)\\s*:?\\s*(.*?)\\s*-->");

    static Directive before(List<String> lines, int fence) {
        if (fence == 0) {
            return new Directive(Kind.NONE, "");
        }
        Matcher matcher = COMMENT.matcher(lines.get(fence - 1).strip());
        if (!matcher.matches()) {
            return new Directive(Kind.NONE, "");
        }
        Kind kind =
                switch (matcher.group(1)) {
                    case "excerpt" -> Kind.EXCERPT;
                    case "replayed on the sample" -> Kind.REPLAYED;
                    default -> Kind.COMMAND;
                };
        return new Directive(kind, matcher.group(2));
    }
}
