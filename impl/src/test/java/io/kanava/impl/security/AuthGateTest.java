package io.kanava.impl.security;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kanava.ActionDefinition;
import io.kanava.ChannelDefinition;
import io.kanava.UserSession;
import io.kanava.impl.routing.TestConnection;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuthGateTest {

    private static AuthGate gate(boolean channelAuth, String actionAuth) {
        var builder = ActionDefinition.<Void, Void>builder("act")
                .input(Void.class)
                .output(Void.class)
                .handler((input, context) -> null);
        if (!actionAuth.equals("inherit")) {
            builder.auth(Boolean.parseBoolean(actionAuth));
        }
        var action = builder.build();
        var channel =
                ChannelDefinition.builder("c").auth(channelAuth).action(action).build();
        return AuthGate.of(channel, action);
    }

    @ParameterizedTest(name = "channel auth {0}, action auth {1}: anonymous {2}, container {3}, in-band {4}")
    @CsvSource({
        "true,  inherit, false, true, true",
        "true,  false,   true,  true, true",
        "true,  true,    false, true, true",
        "false, inherit, true,  true, true",
        "false, true,    false, true, true",
        "false, false,   true,  true, true",
    })
    void admitsCallersByTheActionsFlagOverTheChannels(
            boolean channelAuth, String actionAuth, boolean anonymous, boolean container, boolean inBand) {
        AuthGate gate = gate(channelAuth, actionAuth);
        var withSession = new TestConnection();
        withSession.startSession(UserSession.of("carol", Set.of()));
        assertEquals(anonymous, gate.admits(new TestConnection()));
        assertEquals(container, gate.admits(new TestConnection("alice", Set.of())));
        assertEquals(inBand, gate.admits(withSession));
    }

    @ParameterizedTest
    @CsvSource({"true", "false"})
    void refusesAgainOnceTheSessionEnds(boolean unused) {
        var connection = new TestConnection();
        connection.startSession(UserSession.of("carol", Set.of()));
        AuthGate gate = gate(true, "inherit");
        assertEquals(true, gate.admits(connection));
        connection.endSession();
        assertEquals(false, gate.admits(connection));
    }
}
