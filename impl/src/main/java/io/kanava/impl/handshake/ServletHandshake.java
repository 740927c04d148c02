package io.kanava.impl.handshake;

import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import io.kanava.impl.endpoint.QueryParameters;
import io.kanava.spi.Handshake;

/** A {@link Handshake} over the servlet request that asks for the upgrade. */
final class ServletHandshake implements Handshake {

    private final String channel;
    private final String path;
    private final HttpServletRequest request;
    private Map<String, List<String>> query;

    ServletHandshake(String channel, String path, HttpServletRequest request) {
        this.channel = channel;
        this.path = path;
        this.request = request;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public List<String> headers(String name) {
        var values = request.getHeaders(name);
        return values == null ? List.of() : List.copyOf(Collections.list(values));
    }

    @Override
    public Optional<String> cookie(String name) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (cookie.getName().equals(name)) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    @Override
    public Map<String, List<String>> queryParameters() {
        if (query == null) {
            query = QueryParameters.parse(request.getQueryString());
        }
        return query;
    }

    @Override
    public List<String> subprotocols() {
        List<String> protocols = new ArrayList<>();
        for (String header : headers("Sec-WebSocket-Protocol")) {
            for (String protocol : header.split(",")) {
                if (!protocol.isBlank()) {
                    protocols.add(protocol.trim());
                }
            }
        }
        return List.copyOf(protocols);
    }

    @Override
    public Optional<Principal> principal() {
        return Optional.ofNullable(request.getUserPrincipal());
    }

    @Override
    public boolean isUserInRole(String role) {
        return request.isUserInRole(role);
    }

    @Override
    public String toString() {
        return "handshake to channel '" + channel + "' at " + path;
    }
}
