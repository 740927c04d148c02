package io.kanava.impl.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kanava.KanavaException;
import io.kanava.impl.DeploymentMessages;

/**
 * Refuses cross-site WebSocket hijacking: a handshake whose {@code Origin} header is present must come from the
 * request's own origin (scheme, host and port) or from an origin on the application's allow-list. Clients that
 * send no {@code Origin}, such as non-browser clients, are accepted.
 */
public final class OriginPolicy {

    /** The servlet context parameter holding the allow-list: origins separated by commas or whitespace. */
    public static final String ALLOWED_ORIGINS_PARAMETER = "kanava.allowed-origins";

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final String ANY = "*";

    private final Set<String> allowed;
    private final boolean anyOrigin;

    private OriginPolicy(Set<String> allowed, boolean anyOrigin) {
        this.allowed = allowed;
        this.anyOrigin = anyOrigin;
    }

    /**
     * Reads an allow-list.
     *
     * @param allowList origins such as {@code https://app.example.com, http://localhost:5173}, {@code *} for any
     *     origin, or {@code null} for none
     * @return the policy
     * @throws KanavaException when an entry is not an origin
     */
    public static OriginPolicy of(String allowList) {
        if (allowList == null || allowList.isBlank()) {
            return new OriginPolicy(Set.of(), false);
        }
        Set<String> entries = SEPARATORS.splitAsStream(allowList.strip()).collect(Collectors.toSet());
        boolean any = entries.remove(ANY);
        Set<String> allowed = entries.stream()
                .map(entry -> normalise(entry).orElseThrow(() -> DeploymentMessages.invalidAllowedOrigin(entry)))
                .collect(Collectors.toUnmodifiableSet());
        return new OriginPolicy(allowed, any);
    }

    /**
     * Decides whether a handshake may go on.
     *
     * @param origin the {@code Origin} header, or {@code null} when absent
     * @param requestOrigin the request's own origin as {@code scheme://host:port}, or {@code null} when unknown
     * @return {@code true} to accept the handshake
     */
    public boolean allows(String origin, String requestOrigin) {
        if (origin == null || anyOrigin) {
            return true;
        }
        Optional<String> normalised = normalise(origin);
        if (normalised.isEmpty()) {
            return false;
        }
        return allowed.contains(normalised.get()) || normalised.get().equals(requestOrigin);
    }

    /**
     * Writes an origin in the one form comparisons use: lower-case scheme and host, and an explicit port.
     *
     * @param origin an origin such as {@code https://Example.com}; {@code null} (the text) stays as it is
     * @return {@code https://example.com:443}, or empty when the text is not an origin
     */
    public static Optional<String> normalise(String origin) {
        String text = origin.strip();
        if (text.equals("null")) {
            return Optional.of(text);
        }
        try {
            URI uri = new URI(text);
            if (uri.getScheme() == null
                    || uri.getHost() == null
                    || uri.getRawUserInfo() != null
                    || !(uri.getRawPath() == null
                            || uri.getRawPath().isEmpty()
                            || uri.getRawPath().equals("/"))
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(scheme);
            if (port < 0) {
                return Optional.empty();
            }
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /**
     * Returns the origin of a request from its scheme and {@code Host} header.
     *
     * @param scheme {@code http} or {@code https}
     * @param host the {@code Host} header, such as {@code example.com:8080}
     * @return the normalised origin, or {@code null} when the header is missing or malformed
     */
    public static String requestOrigin(String scheme, String host) {
        if (scheme == null || host == null || host.isBlank()) {
            return null;
        }
        return normalise(scheme + "://" + host.strip()).orElse(null);
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "http", "ws" -> 80;
            case "https", "wss" -> 443;
            default -> -1;
        };
    }
}
