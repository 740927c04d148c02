package io.kanava.tck.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample's page in Chromium while what serves it restarts: the page shows both channels dropping and coming back,
 * tells its user that the sign-in expired (the sample's tokens are signed with a key made when the application
 * starts, so they do not survive a restart), and works again once signed in. What restarts depends on the server,
 * named by the system property {@value ServerRestart#PROPERTY} of each {@code <server>-sample} execution:
 * <ul>
 *   <li>WildFly: the whole server reloads in its JVM ({@link WildFlyReload}, {@code jboss-cli :reload});</li>
 *   <li>Payara Server: the whole server restarts in a new JVM ({@link PayaraDomainRestart},
 *       {@code asadmin restart-domain});</li>
 *   <li>Open Liberty: only the sample application restarts, in the running server ({@link LibertyApplicationRestart},
 *       its ApplicationMBean's {@code restart}), because a new server JVM would cut the JMX connection through which
 *       the managed adapter undeploys and stops the server.</li>
 * </ul>
 * The page's screenshot after the restart lands in {@code target/screenshots/<server>/after-restart-alice.png}.
 */
public class SamplePageSurvivesARestartTest extends SampleScenario {

    /** How long the restart order, and then the page's recovery, may each take. */
    private static final Duration RESTART = Duration.ofSeconds(120);

    private static final Path SCREENSHOTS =
            Path.of("target", "screenshots", System.getProperty("arquillian.launch", "server"));

    @Test
    public void showsTheConnectionDroppingAndRecoveringThenWorksAgain() throws Exception {
        String text = "After the restart " + UUID.randomUUID().toString().substring(0, 8);
        ServerRestart restart = ServerRestart.ofExecution();
        try (SamplePage alice = SamplePage.open(application)) {
            alice.signIn("alice", "alice-secret");

            long started = System.nanoTime();
            restart.perform(RESTART);
            Duration ordered = Duration.ofNanos(System.nanoTime() - started);

            alice.waitForStateSeen("todos", "reconnecting", RESTART);
            alice.waitForState("todos", "open", RESTART);
            alice.waitForState("chat", "open", RESTART);
            System.out.println(restart.description() + ": the order took " + ordered.toMillis()
                    + " ms, the page was open again after "
                    + Duration.ofNanos(System.nanoTime() - started).toMillis()
                    + " ms");
            assertTrue(
                    alice.notice("invalid_token").contains("sign in again"),
                    "the sample's tokens do not survive a restart, and the page says so");
            alice.signIn("alice", "alice-secret");
            alice.addTodo(text);
            alice.todo(text);
            alice.screenshot(SCREENSHOTS.resolve("after-restart-alice.png"));
        }
    }
}
