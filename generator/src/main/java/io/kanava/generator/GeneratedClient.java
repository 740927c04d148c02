package io.kanava.generator;

/**
 * One application's TypeScript client, in the three forms it is served in.
 *
 * @param typescript the self-contained module ({@code client.ts})
 * @param javascript the same module compiled, for pages that import it without a build ({@code client.js})
 * @param declarations the types of {@code client.js} ({@code client.d.ts})
 */
public record GeneratedClient(String typescript, String javascript, String declarations) {}
