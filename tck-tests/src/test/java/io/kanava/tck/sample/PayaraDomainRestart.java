package io.kanava.tck.sample;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Payara Server: the domain's JVM stops and a new one starts ({@code asadmin restart-domain}, which returns once the
 * new one answers). The managed adapter keeps control because nothing of it is tied to the JVM it started: it deploys
 * and undeploys over the admin port and stops the domain with {@code asadmin stop-domain}; the sample, recorded in
 * domain.xml, is deployed again by the new JVM.
 */
final class PayaraDomainRestart implements ServerRestart {

    static final String NAME = "payara-restart-domain";

    /** The domain the payara container of arquillian.xml runs. */
    private static final String DOMAIN = "domain1";

    @Override
    public void perform(Duration limit) throws Exception {
        String asadmin = ServerRestart.installation("kanava.payara.home")
                .resolve("bin")
                .resolve("asadmin")
                .toString();
        CommandRun restart = CommandRun.of(List.of(asadmin, "restart-domain", DOMAIN), Map.of(), limit);
        assertEquals(0, restart.exitCode(), restart.output());
    }

    @Override
    public String description() {
        return "Payara domain restart (asadmin restart-domain " + DOMAIN + ")";
    }
}
