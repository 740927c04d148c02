package io.kanava.tck.coexistence;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.websocket.OnMessage;
import jakarta.websocket.server.ServerEndpoint;

/**
 * A plain annotated JSR-356 endpoint, no Kanava involved: answers every text message through a CDI bean.
 *
 * <p>{@code @Dependent} makes the endpoint a bean under {@code bean-discovery-mode="annotated"}: Open Liberty injects
 * into endpoint instances only when their class is a CDI bean (otherwise its non-CDI injection fails with
 * CWOWB1006E and the field stays null); WildFly and Payara inject either way.
 */
@Dependent
@ServerEndpoint("/echo")
public class PlainEchoEndpoint {

    @Inject
    EchoReplyComposer composer;

    @OnMessage
    public String onMessage(String message) {
        return composer.reply(message);
    }
}
