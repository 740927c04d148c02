package io.kanava.tck.sample;

import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample's page in Chromium while the server restarts (a WildFly reload through its management CLI): the page
 * shows both channels dropping and coming back, tells its user that the sign-in expired (the sample's tokens do not
 * survive a restart), and works again once signed in. WildFly only: the restart
 * goes through WildFly's management CLI.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public class SamplePageSurvivesARestartTest {

    private static final Duration RESTART = Duration.ofSeconds(90);

    @ArquillianResource
    URL application;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return SampleArchive.deployment();
    }

    @Test
    public void showsTheConnectionDroppingAndRecoveringThenWorksAgain() throws Exception {
        String text = "After the restart " + UUID.randomUUID().toString().substring(0, 8);
        Path cli = Path.of(System.getProperty("kanava.wildfly.home"), "bin", "jboss-cli.sh");
        try (SamplePage alice = SamplePage.open(application)) {
            alice.signIn("alice", "alice-secret");

            CommandRun reload = CommandRun.of(
                    List.of(cli.toString(), "--connect", "--controller=127.0.0.1:9990", "--command=:reload"),
                    Map.of(),
                    RESTART);
            assertEquals(0, reload.exitCode(), reload.output());

            alice.waitForStateSeen("todos", "reconnecting", RESTART);
            alice.waitForState("todos", "open", RESTART);
            alice.waitForState("chat", "open", RESTART);
            assertTrue(
                    alice.notice("invalid_token").contains("sign in again"),
                    "the sample's tokens do not survive a restart, and the page says so");
            alice.signIn("alice", "alice-secret");
            alice.addTodo(text);
            alice.todo(text);
            alice.screenshot(Path.of("target", "screenshots", "wildfly", "after-restart-alice.png"));
        }
    }
}
