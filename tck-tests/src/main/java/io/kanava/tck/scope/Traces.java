package io.kanava.tck.scope;

/**
 * The request-scoped bean's id read twice in one call, and how many instances were destroyed before the call.
 *
 * @param first the id at the start of the handler
 * @param second the id at its end
 * @param destroyedBefore instances destroyed before this call
 */
public record Traces(String first, String second, long destroyedBefore) {}
