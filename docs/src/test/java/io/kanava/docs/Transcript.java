package io.kanava.docs;

import java.util.ArrayList;
import java.util.List;

/**
 * A transcript in the guides, as the kit replays it against the sample: one WebSocket connection to
 * {@link #route()}, and exchanges in order. A line {@code → frame} sends a frame; {@code $ curl …} makes an HTTP
 * request (its next lines, up to an arrow, are the response body); the {@code ← frame} lines after either are the
 * frames that request makes arrive on the connection, in any order, and no others. In what is expected,
 * {@code …} stands for any text; in a sent frame, {@code …} stands for the last {@code token} an HTTP response gave.
 *
 * @param block where it is
 * @param route the channel's route on the sample
 * @param exchanges its requests and what each must answer
 */
public record Transcript(Block block, String route, List<Exchange> exchanges) {

    /** The prefix of the sample's URLs in transcripts, replaced by the deployed application's URL. */
    public static final String SAMPLE_URL = "http://127.0.0.1:8080/kanava-sample/";

    /**
     * One request and what it must answer.
     *
     * @param frame the frame to send, or null for an HTTP request
     * @param curl the HTTP request, or null for a frame
     * @param body the HTTP response body expected (pattern), or null
     * @param frames the frames expected on the connection (patterns)
     */
    public record Exchange(String frame, Curl curl, String body, List<String> frames) {

        /**
         * The frame to send, with the token a login gave in place of {@code …}.
         *
         * @param token the last token, or null
         * @return the frame
         */
        public String frameWith(String token) {
            if (!frame.contains(Excerpt.ELLIPSIS)) {
                return frame;
            }
            if (token == null) {
                throw new IllegalStateException("The frame " + frame + " uses a token no earlier response gave");
            }
            return frame.replace(Excerpt.ELLIPSIS, token);
        }
    }

    /**
     * Reads a block marked {@code <!-- replayed on the sample: /route -->}.
     *
     * @param block the block
     * @return its transcript
     */
    public static Transcript of(Block block) {
        if (block.directive().kind() != Directive.Kind.REPLAYED) {
            throw new IllegalArgumentException(block.where() + " is not a replayed transcript");
        }
        List<Exchange> exchanges = new ArrayList<>();
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); ) {
            String line = lines.get(i).strip();
            String frame = null;
            Curl curl = null;
            if (line.startsWith("→ ")) {
                frame = line.substring(2).strip();
            } else if (line.startsWith("$ curl ")) {
                curl = Curl.parse(line.substring(2));
            } else {
                throw new IllegalArgumentException(block.where() + ": line " + (i + 1)
                        + " of the transcript is neither '→ frame' nor '$ curl …' where a request belongs: " + line);
            }
            i++;
            StringBuilder body = new StringBuilder();
            while (curl != null
                    && i < lines.size()
                    && !isArrowOrCommand(lines.get(i).strip())) {
                body.append(lines.get(i).strip());
                i++;
            }
            List<String> frames = new ArrayList<>();
            while (i < lines.size() && lines.get(i).strip().startsWith("← ")) {
                frames.add(lines.get(i).strip().substring(2).strip());
                i++;
            }
            exchanges.add(new Exchange(frame, curl, curl == null || body.isEmpty() ? null : body.toString(), frames));
        }
        return new Transcript(block, block.directive().argument(), List.copyOf(exchanges));
    }

    /**
     * Whether an actual frame or body is what a transcript shows: compared as JSON values where the transcript shows
     * JSON (an object's members in any order, see {@link JsonPattern}), as text otherwise; {@code …} stands for what
     * the transcript leaves out.
     *
     * @param expected the line of the transcript
     * @param actual what arrived
     * @return whether it matches
     */
    public static boolean matches(String expected, String actual) {
        return JsonPattern.parse(expected.strip())
                .map(pattern -> pattern.matches(actual))
                .orElseGet(() -> Excerpt.sameText(expected.strip(), actual.strip()));
    }

    private static boolean isArrowOrCommand(String line) {
        return line.startsWith("→") || line.startsWith("←") || line.startsWith("$ ");
    }
}
