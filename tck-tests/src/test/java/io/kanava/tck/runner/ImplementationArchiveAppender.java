package io.kanava.tck.runner;

import java.io.File;
import java.util.List;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.event.container.BeforeDeploy;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * Adds the Kanava implementation under test, and the API and client generator jars it needs, to {@code WEB-INF/lib} of every WAR just
 * before it is deployed, as an application would bundle them.
 *
 * <p>An {@code ApplicationArchiveProcessor} would not do: Arquillian applies those to testable deployments only,
 * and the kit's deployments are {@code testable = false}. {@link BeforeDeploy} is fired for every deployment, right
 * before the archive is handed to the container.
 *
 * <p>The jars are named by the system properties {@value #IMPLEMENTATION_JAR_PROPERTY}, {@value
 * #API_JAR_PROPERTY} and {@value #GENERATOR_JAR_PROPERTY}, which tck-tests/pom.xml sets from its {@code
 * io.kanava:kanava-impl} dependency and the jars it brings.
 */
public class ImplementationArchiveAppender {

    static final String IMPLEMENTATION_JAR_PROPERTY = "kanava.impl.jar";
    static final String API_JAR_PROPERTY = "kanava.api.jar";
    static final String GENERATOR_JAR_PROPERTY = "kanava.generator.jar";

    private static final Logger LOG = Logger.getLogger(ImplementationArchiveAppender.class.getName());

    public void appendImplementation(@Observes BeforeDeploy event) {
        DeploymentDescription deployment = event.getDeployment();
        if (!deployment.isArchiveDeployment()) {
            return;
        }
        Archive<?> archive =
                deployment.getTestableArchive() != null ? deployment.getTestableArchive() : deployment.getArchive();
        if (!(archive instanceof WebArchive)) {
            LOG.warning(() -> "Deployment " + archive.getName() + " is not a WAR; the Kanava implementation was not"
                    + " added to it");
            return;
        }
        if (ArtemisClientAppender.wantsBrokerUrl(archive)) {
            ArtemisClientAppender.addTo((WebArchive) archive);
        }
        for (String property : List.of(IMPLEMENTATION_JAR_PROPERTY, API_JAR_PROPERTY, GENERATOR_JAR_PROPERTY)) {
            File jar = jarNamedBy(property);
            if (!archive.contains(ArchivePaths.create("WEB-INF/lib", jar.getName()))) {
                ((WebArchive) archive).addAsLibrary(jar);
                LOG.fine(() -> "Added " + jar + " to " + archive.getName());
            }
        }
    }

    private static File jarNamedBy(String property) {
        String path = System.getProperty(property);
        if (path == null || path.isBlank() || path.contains("${")) {
            throw new IllegalStateException("System property " + property + " does not name a jar (value: " + path
                    + "). Run the kit through a runner profile of tck-tests/pom.xml (-Pwildfly, -Ppayara or"
                    + " -Pliberty), which declares io.kanava:kanava-impl and sets " + IMPLEMENTATION_JAR_PROPERTY
                    + " and " + API_JAR_PROPERTY + ", or pass -D" + property + "=/path/to/the.jar");
        }
        File jar = new File(path);
        if (!jar.isFile()) {
            throw new IllegalStateException(
                    "The jar named by system property " + property + " does not exist: " + jar.getAbsolutePath());
        }
        return jar;
    }
}
