package io.kanava.tck.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The TypeScript client the sample serves ({@code client.js}), driven from Node.js by {@code node --test} (the
 * {@code test:live} suite of typescript/): calls, typed errors, events, a call timeout, and a WildFly reload that the
 * client survives by reconnecting. WildFly only: the suite reloads the server with WildFly's management CLI.
 */
public class SampleDrivenByTypeScriptClientTest extends SampleScenario {

    private static final Duration LIMIT = Duration.ofMinutes(4);

    @Test
    public void passesTheLiveSuiteOfTheGeneratedClient() throws Exception {
        Path cli = Path.of(System.getProperty("kanava.wildfly.home"), "bin", "jboss-cli.sh");
        CommandRun suite = CommandRun.of(
                List.of("npm", "run", "test:live"),
                Map.of(
                        "KANAVA_SAMPLE_URL",
                        application.toExternalForm(),
                        "KANAVA_RESTART_COMMAND",
                        cli + " --connect --controller=127.0.0.1:9990 --command=:reload"),
                LIMIT);
        assertEquals(0, suite.exitCode(), suite.output());
    }
}
