package io.kanava.tck.deployment;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each failed deployment of this run reported, by archive name, as the runner saw it: the text of the
 * exception and of all its causes. Tests of deployments that must fail read it to check the message code.
 */
public final class DeploymentFailures {

    private static final Map<String, String> FAILURES = new ConcurrentHashMap<>();

    private DeploymentFailures() {}

    /**
     * Records a failed deployment; the runner calls it.
     *
     * @param archive the archive's name, such as {@code kit-broken-duplicate-action.war}
     * @param failure what the deployment threw
     */
    public static void record(String archive, Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
            for (Throwable suppressed : cause.getSuppressed()) {
                text.append(suppressed).append('\n');
            }
        }
        FAILURES.put(archive, text.toString());
    }

    /**
     * Returns what a deployment's failure said.
     *
     * @param archive the archive's name
     * @return the text of its failure and causes, empty when it did not fail or no runner recorded it
     */
    public static String of(String archive) {
        return FAILURES.getOrDefault(archive, "");
    }
}
