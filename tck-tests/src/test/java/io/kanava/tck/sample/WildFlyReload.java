package io.kanava.tck.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * WildFly: the server reloads ({@code :reload} through its management CLI): every service restarts, the sample is
 * deployed again, and the JVM and its management connection stay, so the managed adapter keeps control.
 */
final class WildFlyReload implements ServerRestart {

    static final String NAME = "wildfly-reload";

    @Override
    public void perform(Duration limit) throws Exception {
        String cli = ServerRestart.installation("kanava.wildfly.home")
                .resolve("bin")
                .resolve("jboss-cli.sh")
                .toString();
        CommandRun reload = CommandRun.of(
                List.of(cli, "--connect", "--controller=127.0.0.1:9990", "--command=:reload"), Map.of(), limit);
        assertEquals(0, reload.exitCode(), reload.output());
    }

    @Override
    public String description() {
        return "WildFly reload (jboss-cli :reload)";
    }
}
