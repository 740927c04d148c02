package io.kanava.impl.client;

import java.util.Optional;
import java.util.regex.Pattern;

import io.kanava.impl.DeploymentMessages;

/**
 * Where an application serves its AsyncAPI document and generated clients: the servlet context parameter
 * {@code kanava.client.path}, {@code /kanava} by default, or {@code off} to serve none of them.
 */
public final class ClientPath {

    /** The servlet context parameter. */
    public static final String PARAMETER = "kanava.client.path";

    /** The path used when the parameter is absent. */
    public static final String DEFAULT = "/kanava";

    private static final Pattern PATH = Pattern.compile("(/[A-Za-z0-9._~-]+)+");

    private ClientPath() {}

    /**
     * Reads the parameter.
     *
     * @param value the parameter's value, or {@code null} when absent
     * @return the path, or empty when serving is off
     * @throws io.kanava.KanavaException KNV1021 when the value is neither {@code off} nor a plain path
     */
    public static Optional<String> of(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(DEFAULT);
        }
        String path = value.strip();
        if (path.equals("off")) {
            return Optional.empty();
        }
        if (!PATH.matcher(path).matches()) {
            throw DeploymentMessages.invalidClientPath(value);
        }
        return Optional.of(path);
    }
}
