package io.kanava.docs;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How an example is found in a file: whole lines, the same relative indentation, {@code …} for what is left out. */
class ExcerptTest {

    private static final List<String> FILE = List.of(
            "class TodoChannel {",
            "    ChannelDefinition todos() {",
            "        return ChannelDefinition.builder(\"todos\")",
            "                .action(sessions.login())",
            "                .action(sessions.logout())",
            "                .build();",
            "    }",
            "}");

    @Test
    void findsARunOfLinesShiftedLeft() {
        assertTrue(
                new Excerpt(List.of("return ChannelDefinition.builder(\"todos\")", "        .action(sessions.login())"))
                        .isIn(FILE));
    }

    @Test
    void refusesADifferentRelativeIndentation() {
        assertFalse(new Excerpt(List.of("return ChannelDefinition.builder(\"todos\")", "    .action(sessions.login())"))
                .isIn(FILE));
    }

    @Test
    void refusesLinesThatAreNotThere() {
        assertFalse(new Excerpt(List.of(".action(sessions.delete())")).isIn(FILE));
    }

    @Test
    void refusesLinesOutOfOrder() {
        assertFalse(new Excerpt(List.of(".action(sessions.logout())", ".action(sessions.login())")).isIn(FILE));
    }

    @Test
    void anEllipsisLineStandsForAnyLines() {
        assertTrue(
                new Excerpt(List.of("ChannelDefinition todos() {", "    …", "            .build();", "}")).isIn(FILE));
    }

    @Test
    void anEllipsisInALineStandsForAnyText() {
        assertTrue(new Excerpt(List.of(".action(sessions.…())", ".action(…)")).isIn(FILE));
        assertFalse(new Excerpt(List.of(".action(…).build()")).isIn(FILE));
    }
}
