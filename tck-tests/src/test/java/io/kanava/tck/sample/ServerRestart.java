package io.kanava.tck.sample;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * How {@link SamplePageSurvivesARestartTest} restarts what serves the sample on the server its failsafe execution
 * runs: each {@code <server>-sample} execution of tck-tests/pom.xml names one with the system property
 * {@value #PROPERTY}. Each restart leaves the managed Arquillian adapter in control, so that the undeploy and the
 * container's stop at the end of the execution still work.
 */
interface ServerRestart {

    String PROPERTY = "kanava.sample.restart";

    /**
     * Orders the restart and returns once the server has accepted it (some servers answer before they serve again:
     * the page tells when they do).
     *
     * @param limit how long the order may take before the test fails
     * @throws Exception when the server refuses the order or does not answer within the limit
     */
    void perform(Duration limit) throws Exception;

    /** @return what restarts, for the test's output */
    String description();

    /** @return the restart the system property {@value #PROPERTY} names */
    static ServerRestart ofExecution() {
        Map<String, Supplier<ServerRestart>> known = Map.of(
                WildFlyReload.NAME, WildFlyReload::new,
                PayaraDomainRestart.NAME, PayaraDomainRestart::new,
                LibertyApplicationRestart.NAME, LibertyApplicationRestart::new);
        String name = System.getProperty(PROPERTY, "");
        Supplier<ServerRestart> restart = known.get(name);
        if (restart == null) {
            throw new IllegalStateException(
                    "System property " + PROPERTY + " is '" + name + "', not one of " + known.keySet()
                            + ". Run through a <server>-sample execution of tck-tests/pom.xml, which sets it.");
        }
        return restart.get();
    }

    /**
     * @param property a system property tck-tests/pom.xml sets to a server's installation, such as
     *     {@code kanava.payara.home}
     * @return that installation
     */
    static Path installation(String property) {
        String home = System.getProperty(property);
        if (home == null || home.isBlank() || home.contains("${")) {
            throw new IllegalStateException("System property " + property + " does not name the server's "
                    + "installation (value: " + home + "). Run through a runner profile of tck-tests/pom.xml.");
        }
        return Path.of(home);
    }
}
