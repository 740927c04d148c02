package io.kanava.tck.coexistence;

import jakarta.enterprise.context.ApplicationScoped;

/** The application-scoped bean the plain endpoint gets injected: proves CDI works in the deployment. */
@ApplicationScoped
public class EchoReplyComposer {

    public String reply(String message) {
        return "echo:" + message;
    }
}
