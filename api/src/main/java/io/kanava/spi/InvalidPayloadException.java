package io.kanava.spi;

import java.util.Optional;

import io.kanava.KanavaException;

/**
 * Thrown by a {@link PayloadCodec} when a payload does not bind to its type. The client receives
 * {@code invalid_data}, naming the field when it is known.
 */
public class InvalidPayloadException extends KanavaException {

    private static final long serialVersionUID = 1L;

    /** The code of this failure. */
    public static final String CODE = "KNV2001";

    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the name of the property that did not bind, or {@code null} when unknown
     * @param message what did not bind; it may be sent to the client, so it names no server internals
     * @param cause the binding failure
     */
    public InvalidPayloadException(String field, String message, Throwable cause) {
        super(CODE, message, cause);
        this.field = field;
    }

    /**
     * Returns the property that did not bind.
     *
     * @return the field name, or empty when unknown
     */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
