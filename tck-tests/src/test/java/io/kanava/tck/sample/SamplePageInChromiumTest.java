package io.kanava.tck.sample;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample's page in two headless Chromium browsers, one for alice and one for bob, on the server the execution
 * runs: each sees the other's changes without reloading, a refused call shows a message a user understands, and chat
 * messages reach the other page while the sender sees its own once. Screenshots land in
 * {@code target/screenshots/<server>/}.
 */
public class SamplePageInChromiumTest extends SampleScenario {

    private static final Path SCREENSHOTS =
            Path.of("target", "screenshots", System.getProperty("arquillian.launch", "server"));

    @Test
    public void showsEachTodoChangeOnEveryPageAndExplainsARefusedDelete() throws Exception {
        String text = "Buy milk " + UUID.randomUUID().toString().substring(0, 8);
        try (SamplePage alice = SamplePage.open(application);
                SamplePage bob = SamplePage.open(application)) {
            alice.signIn("alice", "alice-secret");
            bob.signIn("bob", "bob-secret");

            alice.addTodo(text);
            alice.todo(text);
            bob.todo(text);

            bob.deleteTodo(text);
            assertTrue(bob.notice("forbidden").contains("admin role"), "bob is told why he may not delete");
            bob.screenshot(SCREENSHOTS.resolve("todos-refused-bob.png"));
            bob.todo(text);

            alice.screenshot(SCREENSHOTS.resolve("todos-alice.png"));
            alice.deleteTodo(text);
            alice.waitUntilTodoGone(text);
            bob.waitUntilTodoGone(text);
        }
    }

    @Test
    public void deliversChatMessagesToTheOtherPageAndShowsTheSendersOwnOnce() throws Exception {
        String text = "Hello " + UUID.randomUUID().toString().substring(0, 8);
        try (SamplePage alice = SamplePage.open(application);
                SamplePage bob = SamplePage.open(application)) {
            alice.signIn("alice", "alice-secret");

            alice.say(text);

            assertEquals(1, bob.messagesSaying(text));
            assertEquals(1, alice.messagesSaying(text), "the sender's page shows its own message once");
            alice.screenshot(SCREENSHOTS.resolve("chat-alice.png"));
            bob.screenshot(SCREENSHOTS.resolve("chat-bob.png"));
        }
    }

    @Test
    public void asksAReaderToSignInBeforeChangingAnything() throws Exception {
        try (SamplePage reader = SamplePage.open(application)) {
            reader.addTodo("Not signed in");

            assertTrue(reader.notice("unauthenticated").startsWith("Sign in first"));
        }
    }
}
