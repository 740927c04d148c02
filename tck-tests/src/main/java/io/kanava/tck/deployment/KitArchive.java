package io.kanava.tck.deployment;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WARs the kit deploys: the scenario's classes, a {@code beans.xml} and, when a scenario needs one, a
 * {@code web.xml}. The runner adds the implementation under test.
 */
public final class KitArchive {

    /**
     * The {@code web.xml} elements that protect {@code /secured/*} with HTTP BASIC: only callers in role
     * {@code user} may open connections there. The server's realm knows {@link RealmUser#ALICE} and
     * {@link RealmUser#BOB}.
     */
    public static final String SECURED_ROUTES = "<security-constraint><web-resource-collection>"
            + "<web-resource-name>secured</web-resource-name><url-pattern>/secured/*</url-pattern>"
            + "</web-resource-collection><auth-constraint><role-name>user</role-name></auth-constraint>"
            + "</security-constraint>"
            + "<login-config><auth-method>BASIC</auth-method></login-config>"
            + "<security-role><role-name>admin</role-name></security-role>"
            + "<security-role><role-name>user</role-name></security-role>";

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

    /**
     * Creates a WAR with a {@code web.xml} and bean discovery mode {@code annotated}.
     *
     * @param name the archive name without {@code .war}
     * @param webXmlBody the elements inside {@code <web-app>}
     * @param classes the scenario's classes
     * @return the archive
     */
    public static WebArchive withWebXml(String name, String webXmlBody, Class<?>... classes) {
        String webXml =
                "<web-app xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"6.0\">" + webXmlBody + "</web-app>";
        return create(name, classes).setWebXML(new StringAsset(webXml));
    }

    /**
     * Writes a servlet context parameter for {@link #withWebXml(String, String, Class...)}.
     *
     * @param name the parameter's name
     * @param value its value
     * @return the {@code <context-param>} element
     */
    public static String parameter(String name, Object value) {
        return "<context-param><param-name>" + name + "</param-name><param-value>" + value
                + "</param-value></context-param>";
    }
}
