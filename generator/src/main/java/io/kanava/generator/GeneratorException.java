package io.kanava.generator;

/**
 * Thrown when a document cannot be turned into a client: it is not valid JSON, not an AsyncAPI document written by
 * Kanava, or cannot be read. The message says what and where.
 */
public class GeneratorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and where
     */
    public GeneratorException(String message) {
        super(message);
    }

    /**
     * Creates the exception with its cause.
     *
     * @param message what is wrong and where
     * @param cause the underlying failure
     */
    public GeneratorException(String message, Throwable cause) {
        super(message, cause);
    }
}
