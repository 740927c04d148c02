package io.kanava.tck.wire;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * Turns the deployed application's HTTP address into the WebSocket address of one of its routes.
 */
public final class ChannelAddress {

    /** The server's HTTP address, from the system property {@code kanava.tck.server}. */
    public static final String SERVER = System.getProperty("kanava.tck.server", "http://127.0.0.1:8080/");

    private ChannelAddress() {}

    /**
     * Returns the WebSocket address a route would have in an application, whether or not it deployed.
     *
     * @param contextRoot the context root without slashes
     * @param route the route without its leading slash
     * @return the {@code ws://} address
     */
    public static URI ofContext(String contextRoot, String route) {
        try {
            return of(new URL(SERVER), contextRoot + "/" + route);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalArgumentException(SERVER, e);
        }
    }

    /**
     * Resolves a route against the application.
     *
     * @param application the application's address as Arquillian gives it, such as
     *     {@code http://127.0.0.1:8080/kit/}
     * @param routeAndQuery the route without its leading slash, possibly with a query, such as
     *     {@code channels/echo?x=1}
     * @return the {@code ws://} address
     */
    public static URI of(URL application, String routeAndQuery) {
        String base = application.toExternalForm();
        String http = (base.endsWith("/") ? base : base + "/") + routeAndQuery;
        try {
            return new URI(http.replaceFirst("^http", "ws"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(http, e);
        }
    }
}
