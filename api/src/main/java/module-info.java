/**
 * Kanava's public API: {@code io.kanava} for applications, {@code io.kanava.spi} for integrators.
 */
module io.kanava.api {
    requires transitive jakarta.json;

    exports io.kanava;
    exports io.kanava.spi;
}
