package io.kanava.impl.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kanava.KanavaException;
import io.kanava.impl.DeploymentMessages;

/**
 * Refuses cross-site WebSocket hijacking: a handshake whose {@code Origin} header is present must come from the
 * application's own origin or from an origin on its allow-list. The application's own origin is the one it
 * declares public, when it declares any; otherwise the request's own (scheme, {@code Host} header and port), which
 * a DNS-rebinding page can make its own. Clients that send no {@code Origin}, such as non-browser clients, are
 * accepted.
 */
public final class OriginPolicy {

    /** The servlet context parameter holding the allow-list: origins separated by commas or whitespace. */
    public static final String ALLOWED_ORIGINS_PARAMETER = "kanava.allowed-origins";

    /**
     * The servlet context parameter holding the origins the application is served at; when set, only these count
     * as its own, whatever the request's {@code Host} header says.
     */
    public static final String PUBLIC_ORIGINS_PARAMETER = "kanava.public-origins";

    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");
    private static final String ANY = "*";

    private final Set<String> allowed;
    private final boolean anyOrigin;
    private final Set<String> publicOrigins;

    private OriginPolicy(Set<String> allowed, boolean anyOrigin, Set<String> publicOrigins) {
        this.allowed = allowed;
        this.anyOrigin = anyOrigin;
        this.publicOrigins = publicOrigins;
    }

    /**
     * Reads an allow-list; the application's own origin is the request's.
     *
     * @param allowList origins such as {@code https://app.example.com, http://localhost:5173}, {@code *} for any
     *     origin, or {@code null} for none
     * @return the policy
     * @throws KanavaException when an entry is not an origin
     */
    public static OriginPolicy of(String allowList) {
        return of(allowList, null);
    }

    /**
     * Reads an allow-list and the origins the application declares as its own.
     *
     * @param allowList origins such as {@code http://localhost:5173}, {@code *} for any origin, or {@code null}
     * @param publicList the origins the application is served at, such as {@code https://app.example.com}; or
     *     {@code null} to take the request's own origin as the application's
     * @return the policy
     * @throws KanavaException when an entry of either list is not an origin
     */
    public static OriginPolicy of(String allowList, String publicList) {
        Set<String> allowEntries = entries(allowList);
        boolean any = allowEntries.remove(ANY);
        Set<String> allowed = normalised(
                allowEntries, true, entry -> DeploymentMessages.invalidOrigin(ALLOWED_ORIGINS_PARAMETER, entry));
        Set<String> declared = normalised(
                entries(publicList), false, entry -> DeploymentMessages.invalidOrigin(PUBLIC_ORIGINS_PARAMETER, entry));
        return new OriginPolicy(allowed, any, declared);
    }

    private static Set<String> entries(String list) {
        if (list == null || list.isBlank()) {
            return new HashSet<>();
        }
        return SEPARATORS.splitAsStream(list.strip()).collect(Collectors.toCollection(HashSet::new));
    }

    /** Normalises origins; the opaque origin {@code null} may be allowed, never declared the application's own. */
    private static Set<String> normalised(
            Set<String> entries, boolean opaqueAllowed, Function<String, KanavaException> invalid) {
        return entries.stream()
                .map(entry -> normalise(entry)
                        .filter(origin -> opaqueAllowed || !origin.equals("null"))
                        .orElseThrow(() -> invalid.apply(entry)))
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Tells whether the application declares the origins it is served at.
     *
     * @return {@code true} when the {@code Host} header no longer decides what is the application's own origin
     */
    public boolean declaresPublicOrigins() {
        return !publicOrigins.isEmpty();
    }

    /**
     * Decides whether a handshake may go on.
     *
     * @param origin the {@code Origin} header, or {@code null} when absent
     * @param requestOrigin the request's own origin as {@code scheme://host:port}, or {@code null} when unknown;
     *     ignored when the application declares its public origins
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
        String candidate = normalised.get();
        if (allowed.contains(candidate)) {
            return true;
        }
        return declaresPublicOrigins() ? publicOrigins.contains(candidate) : candidate.equals(requestOrigin);
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
