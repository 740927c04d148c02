package io.kanava.sample.chat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.kanava.sample.security.Login;
import io.kanava.sample.security.SessionTokens;
import io.kanava.sample.security.SignedInSessions;
import io.kanava.testing.ChannelHarness;
import io.kanava.testing.ChannelUnderTest;
import io.kanava.testing.TestConnection;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The {@code chat} channel, run by the test harness without a server. */
class ChatChannelTest {

    private final ChannelHarness harness = new ChannelHarness();
    private final SessionTokens tokens = new SessionTokens();
    private final ChannelUnderTest chat = harness.channel(channel().chat());

    private ChatChannel channel() {
        ChatChannel channel = new ChatChannel();
        channel.room = new ChatRoom();
        channel.hub = harness.hub();
        channel.sessions = SignedInSessions.over(tokens);
        return channel;
    }

    @AfterEach
    void close() {
        harness.close();
    }

    @Test
    void sendsASignedInUsersMessageToEveryOtherConnectionButNotBackToTheSender() {
        TestConnection alice = chat.connect();
        TestConnection bob = chat.connect();
        alice.call("login", new Login(tokens.issue("alice", Set.of("user")))).assertReply();

        ChatMessage sent = alice.call("send", new NewMessage("hello")).reply(ChatMessage.class);

        assertEquals("alice", sent.sender());
        assertEquals(sent, bob.nextEvent().assertName("chat:message").data(ChatMessage.class));
        alice.assertNoEvent();
    }

    @Test
    void refusesAMessageWithoutAnInBandSessionEvenWithAContainerIdentity() {
        chat.connect().call("send", new NewMessage("hello")).assertError("unauthenticated");
        chat.connectAs("carol", "user").call("send", new NewMessage("hello")).assertError("forbidden");
    }

    @Test
    void boundsTheHistoryItAnswers() {
        chat.connect().call("history", new HistoryRequest(101)).assertError("invalid_data");
    }
}
