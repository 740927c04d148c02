package io.kanava.tck.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Hostile text frames, the same ones for the same seed: calls with wrong ids, actions and data of every JSON type;
 * well-formed calls mutated character by character; nesting, length, number and escape extremes; data of the wrong
 * shape for each action of {@link FuzzChannels}. Every frame is well-formed UTF-16 (a WebSocket text frame carries
 * UTF-8) and stays under {@link #MAX_BYTES}, below the channel's 64 KiB bound, so each one must be answered.
 */
final class HostileFrames {

    /** The largest frame, in UTF-8 bytes. */
    static final int MAX_BYTES = 60_000;

    private static final List<String> ACTIONS = List.of("echo", "sum", "ship", "touch", "refuse");
    private static final List<String> ODD_ACTIONS = List.of(
            "",
            " ",
            "ECHO",
            "echo ",
            "$resume",
            "unknown",
            "\\u0000",
            "\\ud800",
            "\\udc00x",
            "e\\u0063ho",
            "x".repeat(129),
            "é",
            "😀",
            "__proto__",
            "constructor",
            "../echo",
            "echo\\n");
    private static final List<String> ODD_IDS = List.of(
            "null",
            "true",
            "1.5",
            "-1",
            "0",
            "-0",
            "1e3",
            "9223372036854775807",
            "9223372036854775808",
            "123456789012345678901234567890",
            "1e400",
            "\"\"",
            "\"" + "i".repeat(64) + "\"",
            "\"" + "i".repeat(65) + "\"",
            "\"\\ud800\"",
            "\"\\udfff\"",
            "\"\\u0000\"",
            "\"😀\"",
            "[]",
            "{}",
            "[1]",
            "{\"id\":1}",
            "\"\\\"\"");
    private static final String INSERTS = "{}[]\":,\\ 0123456789eE.-+tfnulrx\t\n\u00e9\u20ac\u0000\u007f";

    private final SplittableRandom random;

    HostileFrames(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The next frame. */
    String next() {
        String frame =
                switch (random.nextInt(8)) {
                    case 0, 1 -> call(oddOrGoodId(), oddOrGoodAction(), value(4));
                    case 2, 3 -> mutate(call(goodId(), quoted(pick(ACTIONS)), dataFor(pick(ACTIONS))));
                    case 4 -> extreme();
                    case 5 -> call(goodId(), quoted(pick(ACTIONS)), dataFor(pick(ACTIONS)));
                    case 6 -> envelopeOddity();
                    default -> call(goodId(), "\"ship\"", wrongParcel());
                };
        return bounded(wellFormed(frame));
    }

    private String call(String id, String action, String data) {
        StringBuilder frame = new StringBuilder("{");
        String[] members = {
            id == null ? null : "\"id\":" + id,
            action == null ? null : "\"action\":" + action,
            data == null ? null : "\"data\":" + data
        };
        if (random.nextInt(4) == 0) {
            shuffle(members);
        }
        boolean first = true;
        for (String member : members) {
            if (member != null) {
                frame.append(first ? "" : ",").append(member);
                first = false;
            }
        }
        return frame.append('}').toString();
    }

    private String oddOrGoodId() {
        return switch (random.nextInt(4)) {
            case 0 -> pick(ODD_IDS);
            case 1 -> null;
            default -> goodId();
        };
    }

    private String goodId() {
        return random.nextBoolean()
                ? Integer.toString(random.nextInt(1_000_000))
                : "\"c" + random.nextInt(1_000) + "\"";
    }

    private String oddOrGoodAction() {
        return switch (random.nextInt(5)) {
            case 0 -> quoted(pick(ODD_ACTIONS));
            case 1 -> value(2);
            case 2 -> null;
            default -> quoted(pick(ACTIONS));
        };
    }

    private String dataFor(String action) {
        return switch (action) {
            case "echo", "refuse" -> random.nextInt(10) == 0 ? value(3) : quoted(text(random.nextInt(40)));
            case "sum" -> array(random.nextInt(12), () -> random.nextInt(6) == 0 ? value(1) : number());
            case "ship" -> random.nextBoolean() ? parcel() : wrongParcel();
            default -> random.nextBoolean() ? null : value(2);
        };
    }

    private String parcel() {
        return "{\"to\":" + quoted(text(1 + random.nextInt(30))) + ",\"weight\":" + number() + ",\"sent\":\"2026-12-0"
                + (1 + random.nextInt(9)) + "\",\"lines\":"
                + array(
                        random.nextInt(4),
                        () -> "{\"sku\":\"s" + random.nextInt(99) + "\",\"count\":" + random.nextInt(9) + "}")
                + ",\"labels\":{\"a\":" + random.nextInt(5) + "}}";
    }

    private String wrongParcel() {
        return switch (random.nextInt(10)) {
            case 0 -> "{\"to\":\"x\",\"weight\":\"heavy\",\"lines\":[]}";
            case 1 -> "{\"to\":\"x\",\"sent\":\"2026-13-45\",\"lines\":[]}";
            case 2 -> "{\"to\":\"x\",\"lines\":null}";
            case 3 -> "{\"to\":\"x\",\"lines\":[1,2,3]}";
            case 4 -> "{\"to\":\"x\",\"lines\":" + array(25, () -> "{\"sku\":\"s\",\"count\":1}") + "}";
            case 5 -> "{\"to\":\"x\",\"lines\":[{\"sku\":\"s\",\"count\":1e20}]}";
            case 6 -> "{\"to\":\"x\",\"lines\":[],\"labels\":{\"a\":\"b\",\"c\":[1]}}";
            case 7 -> "{\"to\":\"" + "t".repeat(41) + "\",\"lines\":[null,{\"sku\":\"\"}]}";
            case 8 -> "{\"to\":\"x\",\"weight\":1e999999,\"lines\":[]}";
            default -> "{\"to\":{\"nested\":[[[]]]},\"lines\":{}}";
        };
    }

    private String extreme() {
        int depth = 1 + random.nextInt(3_000);
        return switch (random.nextInt(9)) {
            case 0 -> call(goodId(), "\"echo\"", "[".repeat(depth) + "]".repeat(depth));
            case 1 -> call(goodId(), "\"ship\"", "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            case 2 -> call(goodId(), "\"echo\"", "[".repeat(depth));
            case 3 -> call(goodId(), "\"echo\"", quoted("x".repeat(random.nextInt(MAX_BYTES - 100))));
            case 4 -> call(goodId(), "\"sum\"", "[" + "9".repeat(1 + random.nextInt(5_000)) + "]");
            case 5 ->
                call(goodId(), "\"echo\"", quoted("\\u0000\\ud800\\udc00\\uDBFF\\uDFFF\\\"\\\\\\/\\b\\f\\n\\r\\t"));
            case 6 -> call(goodId(), "\"echo\"", "\"\\x41\"");
            case 7 -> call(goodId(), "\"echo\"", "\"" + "\\u00e9".repeat(random.nextInt(5_000)) + "\"");
            default -> call("[".repeat(depth) + "]".repeat(depth), "\"echo\"", "\"x\"");
        };
    }

    private String envelopeOddity() {
        String good = call(goodId(), quoted(pick(ACTIONS)), dataFor(pick(ACTIONS)));
        return switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> " \t\r\n ";
            case 2 -> "null";
            case 3 -> "[" + good + "]";
            case 4 -> good + good;
            case 5 -> good + " x";
            case 6 -> "\uFEFF" + good;
            case 7 -> "{\"action\":\"echo\",\"action\":\"sum\",\"id\":1,\"id\":\"2\",\"data\":\"x\",\"data\":[1]}";
            case 8 -> "{\"id\":1,\"action\":\"echo\",\"data\":\"x\",\"" + text(30) + "\":" + value(3) + "}";
            case 9 -> "\"" + text(20) + "\"";
            case 10 -> Integer.toString(random.nextInt());
            case 11 -> "{\"id\":1,\"action\":\"echo\",\"data\":\"a\u0001b\"}";
            case 12 -> "{'id':1,'action':'echo','data':'x'}";
            default -> "{\"id\":1,\"action\":\"echo\",\"data\":\"x\",}";
        };
    }

    private String mutate(String frame) {
        StringBuilder text = new StringBuilder(frame);
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations && text.length() > 0; i++) {
            int at = random.nextInt(text.length());
            switch (random.nextInt(6)) {
                case 0 -> text.deleteCharAt(at);
                case 1 -> text.insert(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
                case 2 -> text.setCharAt(at, INSERTS.charAt(random.nextInt(INSERTS.length())));
                case 3 -> text.setLength(at);
                case 4 -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(20))));
                default -> {
                    if (at + 1 < text.length()) {
                        char swapped = text.charAt(at);
                        text.setCharAt(at, text.charAt(at + 1));
                        text.setCharAt(at + 1, swapped);
                    }
                }
            }
        }
        return text.toString();
    }

    private String value(int depth) {
        int kind = depth <= 0 ? random.nextInt(5) : random.nextInt(7);
        return switch (kind) {
            case 0 -> "null";
            case 1 -> random.nextBoolean() ? "true" : "false";
            case 2 -> number();
            case 3, 4 -> quoted(text(random.nextInt(20)));
            case 5 -> array(random.nextInt(5), () -> value(depth - 1));
            default -> {
                StringBuilder object = new StringBuilder("{");
                int members = random.nextInt(5);
                for (int i = 0; i < members; i++) {
                    object.append(i == 0 ? "" : ",")
                            .append(quoted(
                                    random.nextBoolean() ? pick(List.of("to", "lines", "sku", "count")) : text(5)))
                            .append(':')
                            .append(value(depth - 1));
                }
                yield object.append('}').toString();
            }
        };
    }

    private String number() {
        return switch (random.nextInt(8)) {
            case 0 -> Long.toString(random.nextLong());
            case 1 -> Double.toString(random.nextDouble() * 1e6);
            case 2 -> "1e" + random.nextInt(1_000);
            case 3 -> "-0.0";
            case 4 -> "2147483648";
            case 5 -> "-2147483649";
            default -> Integer.toString(random.nextInt(1_000));
        };
    }

    private String array(int size, java.util.function.Supplier<String> element) {
        StringBuilder array = new StringBuilder("[");
        for (int i = 0; i < size; i++) {
            array.append(i == 0 ? "" : ",").append(element.get());
        }
        return array.append(']').toString();
    }

    private String text(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(12)) {
                case 0 -> text.append("\\\"");
                case 1 -> text.append("\\u").append(String.format("%04x", random.nextInt(0x10000)));
                case 2 -> text.append('é');
                case 3 -> text.append("😀");
                default -> text.append((char) ('a' + random.nextInt(26)));
            }
        }
        return text.toString();
    }

    private static String quoted(String text) {
        return text == null ? null : "\"" + text + "\"";
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private void shuffle(String[] members) {
        for (int i = members.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String swapped = members[i];
            members[i] = members[j];
            members[j] = swapped;
        }
    }

    /** Replaces the halves of surrogate pairs a mutation split, which no UTF-8 text frame can carry. */
    private static String wellFormed(String frame) {
        StringBuilder text = new StringBuilder(frame.length());
        for (int i = 0; i < frame.length(); i++) {
            char c = frame.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < frame.length()
                    && Character.isLowSurrogate(frame.charAt(i + 1))) {
                text.append(c).append(frame.charAt(++i));
            } else {
                text.append(Character.isSurrogate(c) ? '?' : c);
            }
        }
        return text.toString();
    }

    private static String bounded(String frame) {
        String bounded = frame;
        while (bounded.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            bounded = wellFormed(bounded.substring(0, bounded.length() * 3 / 4));
        }
        return bounded;
    }
}
