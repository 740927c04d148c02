package io.kanava.spi;

import java.lang.reflect.Type;

/**
 * Turns the {@code data} of frames into Java values and back. The runtime's default binds with JSON-B, honouring
 * the application's JSON-B annotations. Implementations are thread-safe and are created once per application.
 */
public interface PayloadCodec {

    /**
     * Binds JSON text to a type.
     *
     * @param json the JSON text of a {@code data} member
     * @param type the type to bind to
     * @return the bound value, {@code null} for JSON {@code null}
     * @throws InvalidPayloadException when the text does not bind to the type
     */
    Object decode(String json, Type type);

    /**
     * Writes a value as JSON text.
     *
     * @param value the value, possibly {@code null}
     * @param type the declared type of the value, or its runtime class
     * @return the JSON text
     */
    String encode(Object value, Type type);
}
