package io.kanava.tck.sample;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The sample application's WAR as the build made it (sample-war), named by the system property
 * {@value #PROPERTY} that tck-tests/pom.xml sets from its {@code io.kanava:kanava-sample} dependency. It is deployed
 * unchanged, at the context root {@code kanava-sample}.
 */
final class SampleArchive {

    static final String PROPERTY = "kanava.sample.war";

    /** The deployment's name, which is also its context root and, on Open Liberty, its application's name. */
    static final String NAME = "kanava-sample";

    private SampleArchive() {}

    static WebArchive deployment() {
        String path = System.getProperty(PROPERTY);
        if (path == null || path.isBlank() || path.contains("${") || !new File(path).isFile()) {
            throw new IllegalStateException("System property " + PROPERTY + " does not name the sample's WAR (value: "
                    + path + "). Run through a runner profile of tck-tests/pom.xml, which depends on "
                    + "io.kanava:kanava-sample:war.");
        }
        return ShrinkWrap.create(ZipImporter.class, NAME + ".war")
                .importFrom(new File(path))
                .as(WebArchive.class);
    }
}
