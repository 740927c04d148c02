package io.kanava.tck.realm;

import jakarta.enterprise.context.Dependent;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

/**
 * A plain annotated JSR-356 endpoint under the {@code /secured/*} constraint: answers every message with the
 * identity captured by {@link IdentityCapturingConfigurator} during the handshake. {@code @Dependent} keeps it a CDI
 * bean like the kit's other plain endpoints (Open Liberty injects only into endpoints that are beans), although it
 * injects nothing.
 */
@Dependent
@ServerEndpoint(value = "/secured/ws", configurator = IdentityCapturingConfigurator.class)
public class WhoAmIEndpoint {

    @OnOpen
    public void onOpen(Session session, EndpointConfig config) {
        session.getUserProperties()
                .put(
                        IdentityCapturingConfigurator.REPORT,
                        config.getUserProperties().get(IdentityCapturingConfigurator.REPORT));
    }

    @OnMessage
    public String onMessage(String message, Session session) {
        return String.valueOf(session.getUserProperties().get(IdentityCapturingConfigurator.REPORT));
    }
}
