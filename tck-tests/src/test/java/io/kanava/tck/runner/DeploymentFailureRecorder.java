package io.kanava.tck.runner;

import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;

import io.kanava.tck.deployment.DeploymentFailures;

/**
 * Records what a failing deployment threw, also when Arquillian's own handler swallows an expected failure, so the
 * kit's tests of broken applications can check the message code they fail with.
 */
public class DeploymentFailureRecorder {

    /**
     * Runs around the deployment and Arquillian's expected-exception handling, and reads the failure the deployment
     * kept, whether the handler swallowed it or not.
     *
     * @param context the deployment
     */
    public void record(@Observes(precedence = 100) EventContext<DeployDeployment> context) {
        Deployment deployment = context.getEvent().getDeployment();
        try {
            context.proceed();
        } catch (RuntimeException failure) {
            DeploymentFailures.record(deployment.getDescription().getArchive().getName(), failure);
            throw failure;
        }
        if (deployment.hasDeploymentError()) {
            DeploymentFailures.record(
                    deployment.getDescription().getArchive().getName(), deployment.getDeploymentError());
        }
    }
}
