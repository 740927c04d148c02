package io.kanava.tck.deployment;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WARs the kit deploys: the scenario's classes and a {@code beans.xml}. The runner adds the implementation
 * under test.
 */
public final class KitArchive {

    private KitArchive() {}

    /**
     * Creates a WAR whose bean archive uses discovery mode {@code annotated}, the CDI 4.0 default.
     *
     * @param name the archive name without {@code .war}; it becomes the context root
     * @param classes the scenario's classes
     * @return the archive
     */
    public static WebArchive create(String name, Class<?>... classes) {
        return withDiscoveryMode(name, "annotated", classes);
    }

    /**
     * Creates a WAR with a given bean discovery mode.
     *
     * @param name the archive name without {@code .war}
     * @param mode {@code annotated} or {@code all}
     * @param classes the scenario's classes
     * @return the archive
     */
    public static WebArchive withDiscoveryMode(String name, String mode, Class<?>... classes) {
        String beansXml = "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" "
                + "bean-discovery-mode=\"" + mode + "\"/>";
        return ShrinkWrap.create(WebArchive.class, name + ".war")
                .addClasses(classes)
                .addAsWebInfResource(new StringAsset(beansXml), "beans.xml");
    }
}
