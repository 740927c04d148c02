package io.kanava.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code curl} command of a transcript, as far as transcripts use it: {@code -u user:password},
 * {@code -X method}, {@code -H 'Name: value'}, {@code -d 'body'} (a POST unless {@code -X} says otherwise) and one
 * URL under {@link Transcript#SAMPLE_URL}.
 *
 * @param method the HTTP method
 * @param user the BASIC user, or null
 * @param password the BASIC password, or null
 * @param headers the request headers
 * @param body the request body, or null
 * @param path the URL's path and query under the sample's context root ({@code api/login})
 */
public record Curl(String method, String user, String password, Map<String, String> headers, String body, String path) {

    static Curl parse(String command) {
        List<String> words = words(command);
        if (words.isEmpty() || !words.get(0).equals("curl")) {
            throw new IllegalArgumentException("Not a curl command: " + command);
        }
        String method = null;
        String user = null;
        String password = null;
        String body = null;
        String url = null;
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < words.size(); i++) {
            String word = words.get(i);
            switch (word) {
                case "-u" -> {
                    String[] credentials = words.get(++i).split(":", 2);
                    user = credentials[0];
                    password = credentials[1];
                }
                case "-X" -> method = words.get(++i);
                case "-H" -> {
                    String[] header = words.get(++i).split(":", 2);
                    headers.put(header[0].strip(), header[1].strip());
                }
                case "-d" -> body = words.get(++i);
                default -> {
                    if (word.startsWith("-") || url != null) {
                        throw new IllegalArgumentException(
                                "Transcripts' curl takes -u, -X, -H, -d and one URL: " + command);
                    }
                    url = word;
                }
            }
        }
        if (url == null || !url.startsWith(Transcript.SAMPLE_URL)) {
            throw new IllegalArgumentException(
                    "A transcript's curl must name a URL under " + Transcript.SAMPLE_URL + ": " + command);
        }
        return new Curl(
                method != null ? method : body != null ? "POST" : "GET",
                user,
                password,
                Map.copyOf(headers),
                body,
                url.substring(Transcript.SAMPLE_URL.length()));
    }

    private static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean inWord = false;
        for (char c : command.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
                inWord = true;
            } else if (c == ' ' && !quoted) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}
