package io.kanava.impl.security;

import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Remembers the origin of each WebSocket upgrade request for the thread that handles it, because
 * {@code Configurator.checkOrigin} receives only the {@code Origin} header, not the request it must be compared
 * with. Request listeners run before any filter, so the value is there whichever filter performs the upgrade; it
 * is cleared when read and when the request ends, so no thread keeps it.
 */
public class HandshakeOriginRecorder implements ServletRequestListener {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    @Override
    public void requestInitialized(ServletRequestEvent event) {
        if (event.getServletRequest() instanceof HttpServletRequest request
                && "websocket".equalsIgnoreCase(request.getHeader("Upgrade"))) {
            CURRENT.set(OriginPolicy.requestOrigin(request.getScheme(), request.getHeader("Host")));
        }
    }

    @Override
    public void requestDestroyed(ServletRequestEvent event) {
        CURRENT.remove();
    }

    /**
     * Returns and forgets the origin of the upgrade request this thread is handling.
     *
     * @return the request's origin, or {@code null} when none was recorded on this thread
     */
    public static String take() {
        String origin = CURRENT.get();
        CURRENT.remove();
        return origin;
    }
}
