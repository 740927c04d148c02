package io.kanava.impl.discovery;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a route against the rules of JSR-356 URI templates (level 1: a parameter fills a whole segment) and
 * gives the shape two routes share when the container would treat them as the same path.
 */
public final class RouteTemplate {

    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_.-]*)}");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~!$&'()*+,;=:@%-]+");

    private RouteTemplate() {}

    /**
     * Tells what is wrong with a route.
     *
     * @param route the route
     * @return the reason it is malformed, or empty when it is well formed
     */
    static Optional<String> problemOf(String route) {
        if (route == null || !route.startsWith("/")) {
            return Optional.of("it does not start with '/'");
        }
        if (route.equals("/")) {
            return Optional.empty();
        }
        String[] segments = route.substring(1).split("/", -1);
        Set<String> names = new HashSet<>();
        for (String segment : segments) {
            if (segment.isEmpty()) {
                return Optional.of("it has an empty segment");
            }
            var parameter = PARAMETER.matcher(segment);
            if (parameter.matches()) {
                if (!names.add(parameter.group(1))) {
                    return Optional.of("parameter '" + parameter.group(1) + "' appears twice");
                }
            } else if (!LITERAL.matcher(segment).matches()) {
                return Optional.of("segment '" + segment + "' is neither a literal nor a whole '{parameter}'");
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the shape of a well-formed route, with every parameter name erased: {@code /rooms/{room}} and
     * {@code /rooms/{id}} share the shape {@code /rooms/{}}.
     *
     * @param route a well-formed route
     * @return its shape
     */
    static String shapeOf(String route) {
        return PARAMETER.matcher(route).replaceAll("{}");
    }

    /**
     * Returns the names of a well-formed route's parameters: {@code room} for {@code /rooms/{room}}.
     *
     * @param route a well-formed route
     * @return the names, in the order they appear
     */
    public static List<String> parametersOf(String route) {
        return PARAMETER.matcher(route).results().map(match -> match.group(1)).toList();
    }
}
