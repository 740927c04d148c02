package io.kanava.tck.runner;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Runner-side Arquillian extension of this build: puts the Kanava implementation under test into every deployment,
 * and records what failing deployments report.
 * The kit's tests themselves know nothing about the implementation.
 */
public class KanavaRunnerExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(ImplementationArchiveAppender.class);
        builder.observer(DeploymentFailureRecorder.class);
    }
}
