package io.kanava.testing;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link TestConnection} opens: the identity its upgrade request would carry (as if the container had
 * authenticated it, or as a handshake check gives it), its route's path parameters and its query.
 */
public final class Opening {

    private final String subject;
    private final Set<String> roles;
    private final Map<String, String> pathParameters = new LinkedHashMap<>();
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();

    private Opening(String subject, Set<String> roles) {
        this.subject = subject;
        this.roles = roles;
    }

    /**
     * Opens without an identity.
     *
     * @return the opening
     */
    public static Opening anonymous() {
        return new Opening(null, Set.of());
    }

    /**
     * Opens with a container identity.
     *
     * @param subject the principal's name
     * @param roles the roles it holds
     * @return the opening
     */
    public static Opening as(String subject, String... roles) {
        return new Opening(Objects.requireNonNull(subject, "subject"), Set.of(roles));
    }

    /**
     * Fills a parameter of the channel's route, such as {@code room} of {@code /rooms/{room}}.
     *
     * @param name the parameter
     * @param value its value
     * @return this opening
     */
    public Opening pathParameter(String name, String value) {
        pathParameters.put(name, value);
        return this;
    }

    /**
     * Adds a query parameter.
     *
     * @param name the parameter
     * @param value one of its values
     * @return this opening
     */
    public Opening queryParameter(String name, String value) {
        queryParameters.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        return this;
    }

    Principal principal() {
        return subject == null ? null : new TestPrincipal(subject);
    }

    Set<String> roles() {
        return roles;
    }

    Map<String, String> pathParameters() {
        return Map.copyOf(pathParameters);
    }

    Map<String, List<String>> queryParameters() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        queryParameters.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return copy;
    }

    /**
     * The principal of a test identity.
     *
     * @param name its name
     */
    record TestPrincipal(String name) implements Principal {
        @Override
        public String getName() {
            return name;
        }
    }
}
