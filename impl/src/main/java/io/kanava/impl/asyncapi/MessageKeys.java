package io.kanava.impl.asyncapi;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keys for a channel's messages and operations: an action or event name with every character outside
 * {@code [A-Za-z0-9_-]} replaced by {@code _} (so {@code todos:updated} becomes {@code todos_updated}), and a number
 * appended when two names would share a key. The real name stays in each message's {@code name}.
 */
final class MessageKeys {

    private final Map<String, String> byName = new HashMap<>();
    private final Set<String> taken = new HashSet<>();

    /**
     * Returns the key of a name, the same each time it is asked.
     *
     * @param name an action or event name
     * @return its key
     */
    String keyOf(String name) {
        return byName.computeIfAbsent(name, key -> {
            String base = key.replaceAll("[^A-Za-z0-9_-]", "_");
            String candidate = base;
            for (int n = 2; !taken.add(candidate); n++) {
                candidate = base + "_" + n;
            }
            return candidate;
        });
    }

    /**
     * Escapes a key for a JSON Pointer (RFC 6901), as used in {@code $ref}.
     *
     * @param key the key
     * @return the key with {@code ~} and {@code /} escaped
     */
    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
