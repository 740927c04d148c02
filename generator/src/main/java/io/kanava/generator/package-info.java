/**
 * Kanava's client generator: from the AsyncAPI document a Kanava application serves (built from its channel
 * definitions), one self-contained TypeScript module with the exact types of every channel's actions and events and
 * a small runtime on the platform's {@code WebSocket}.
 *
 * <pre>{@code
 * GeneratedClient client = new TypeScriptClientGenerator().generate(document);
 * Files.writeString(Path.of("src/kanava/client.ts"), client.typescript());
 * }</pre>
 *
 * A running application serves the same module at {@code <context>/kanava/client.ts} (and {@code client.js},
 * {@code client.d.ts}); {@link io.kanava.generator.GenerateClient} generates it from a saved document or a URL.
 */
package io.kanava.generator;
