package io.kanava.client;

import java.io.Serializable;

/**
 * One broken constraint of an {@code invalid_data} error, as the server reported it.
 *
 * @param path the property path within the call's data, e.g. {@code text}
 * @param message what is wrong with it, e.g. {@code must not be blank}
 */
public record Violation(String path, String message) implements Serializable {}
