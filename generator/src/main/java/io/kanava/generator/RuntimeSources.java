package io.kanava.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's fixed runtime, in TypeScript and compiled (built from {@code typescript/src/runtime.ts}), and the
 * names it declares, which generated types must not take.
 *
 * @param typescript the runtime's source
 * @param javascript the compiled runtime
 * @param declarations the compiled runtime's types
 */
record RuntimeSources(String typescript, String javascript, String declarations) {

    private static final Pattern DECLARED = Pattern.compile(
            "^(?:export\\s+)?(?:declare\\s+)?(?:abstract\\s+)?(?:class|interface|type|function|const|let|enum)\\s+"
                    + "([A-Za-z_$][A-Za-z0-9_$]*)",
            Pattern.MULTILINE);

    /** Loads the runtime from the generator's resources. */
    static RuntimeSources load() {
        return new RuntimeSources(resource("runtime.ts"), resource("runtime.js"), resource("runtime.d.ts"));
    }

    /** The names the runtime declares at its top level, exported or not: generated types must not reuse them. */
    Set<String> declaredNames() {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = DECLARED.matcher(typescript);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    private static String resource(String name) {
        try (InputStream in = RuntimeSources.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new GeneratorException("the generator's jar has no " + name + "; it was built without the "
                        + "TypeScript runtime (typescript/src, typescript/runtime)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GeneratorException("cannot read the generator's " + name, e);
        }
    }
}
