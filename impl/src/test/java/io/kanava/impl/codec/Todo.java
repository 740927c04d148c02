package io.kanava.impl.codec;

import jakarta.json.bind.annotation.JsonbProperty;

/** A todo whose text travels as {@code title}, to show JSON-B annotations apply. */
public record Todo(long id, @JsonbProperty("title") String text, boolean done) {}
