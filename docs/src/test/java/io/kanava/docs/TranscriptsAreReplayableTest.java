package io.kanava.docs;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transcripts the guides show are ones the kit can replay against the sample (tck-tests,
 * {@code io.kanava.tck.sample.DocumentedTranscriptsTest}, on every server): they read as requests and answers and
 * name one of the sample's channels.
 */
class TranscriptsAreReplayableTest {

    private static final List<String> SAMPLE_ROUTES = List.of("/channels/todos", "/channels/chat");

    @Test
    void everyTranscriptReadsAndNamesAChannelOfTheSample() {
        List<Transcript> transcripts = Guide.all(Repository.current()).stream()
                .flatMap(guide -> guide.replayed().stream())
                .map(Transcript::of)
                .toList();
        assertTrue(
                transcripts.size() >= 4,
                "the README and the protocol guide show transcripts; found " + transcripts.size());
        for (Transcript transcript : transcripts) {
            assertTrue(
                    SAMPLE_ROUTES.contains(transcript.route()),
                    transcript.block().where() + " names " + transcript.route() + ", not one of " + SAMPLE_ROUTES);
            assertTrue(
                    transcript.exchanges().stream()
                            .allMatch(exchange -> exchange.frame() != null
                                    || exchange.body() != null
                                    || !exchange.frames().isEmpty()),
                    transcript.block().where() + ": an HTTP request shows what it answers or brings");
        }
    }
}
