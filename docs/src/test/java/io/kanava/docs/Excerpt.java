package io.kanava.docs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a code block is a run of a file's lines. Lines are compared without their indentation, which must differ
 * by the same amount throughout (a block may be shifted left); a block line holding only {@code …} stands for any
 * number of file lines, and a {@code …} inside a line for any text on that line.
 */
final class Excerpt {

    static final String ELLIPSIS = "…";

    private final List<String> block;

    Excerpt(List<String> block) {
        this.block = block;
    }

    boolean isIn(List<String> file) {
        for (int start = 0; start < file.size(); start++) {
            if (matches(0, start, file, null)) {
                return true;
            }
        }
        return false;
    }

    private boolean matches(int b, int f, List<String> file, Integer shift) {
        if (b == block.size()) {
            return true;
        }
        String wanted = block.get(b);
        if (wanted.strip().equals(ELLIPSIS)) {
            for (int skip = f; skip <= file.size(); skip++) {
                if (matches(b + 1, skip, file, shift)) {
                    return true;
                }
            }
            return false;
        }
        if (f == file.size()) {
            return false;
        }
        String actual = file.get(f);
        if (wanted.isBlank() || actual.isBlank()) {
            return wanted.isBlank() && actual.isBlank() && matches(b + 1, f + 1, file, shift);
        }
        int lineShift = indent(actual) - indent(wanted);
        if (shift != null && lineShift != shift) {
            return false;
        }
        return sameText(wanted.strip(), actual.strip()) && matches(b + 1, f + 1, file, lineShift);
    }

    static boolean sameText(String wanted, String actual) {
        if (!wanted.contains(ELLIPSIS)) {
            return wanted.equals(actual);
        }
        StringBuilder pattern = new StringBuilder();
        String[] parts = wanted.split(ELLIPSIS, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                pattern.append(".*");
            }
            pattern.append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(pattern.toString(), Pattern.DOTALL)
                .matcher(actual)
                .matches();
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
