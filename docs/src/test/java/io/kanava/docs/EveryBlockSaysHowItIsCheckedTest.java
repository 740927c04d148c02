package io.kanava.docs;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No example goes unchecked: every code block of the README and the guides carries a directive. */
class EveryBlockSaysHowItIsCheckedTest {

    private final List<Guide> guides = Guide.all(Repository.current());

    @Test
    void everyCodeBlockHasADirective() {
        List<String> unchecked = guides.stream()
                .flatMap(guide -> guide.blocks().stream())
                .filter(block -> block.directive().kind() == Directive.Kind.NONE)
                .map(Block::where)
                .toList();
        assertEquals(
                List.of(),
                unchecked,
                "code blocks without <!-- excerpt: … -->, <!-- replayed on the sample: … --> "
                        + "or <!-- command --> on the line before them");
    }

    @Test
    void theGuidesCoverEveryTopicTheReadmePointsTo() {
        List<String> pages = guides.stream()
                .map(guide -> guide.path().getFileName().toString())
                .toList();
        for (String topic : List.of(
                "channels.md",
                "identity.md",
                "events.md",
                "clients.md",
                "configuration.md",
                "operations.md",
                "servers.md",
                "protocol.md")) {
            assertTrue(pages.contains(topic), "docs/" + topic + " is missing; pages: " + pages);
        }
    }
}
