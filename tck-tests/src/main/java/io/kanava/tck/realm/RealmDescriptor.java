package io.kanava.tck.realm;

/**
 * The {@code web.xml} that protects the realm scenario's routes with the users every server of the kit knows
 * ({@link io.kanava.tck.deployment.RealmUser}, configured by the runner, not by the WARs).
 *
 * <p>A WAR gets them through HTTP BASIC authentication: security constraints, {@code <login-config>} with {@code
 * BASIC} and no {@code realm-name} (Payara reads it as the name of the realm to use), and every role it uses
 * declared as a {@code <security-role>}. Nothing server-specific goes in the WAR: each server maps a group to the
 * role of the same name.
 */
final class RealmDescriptor {

    private RealmDescriptor() {}

    /**
     * Returns a {@code web.xml} that restricts {@code /secured/*} to role {@code user} and {@code /admin/*} to role
     * {@code admin}, authenticates with BASIC and declares both roles.
     *
     * @return the descriptor
     */
    static String securedWebXml() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <web-app xmlns="https://jakarta.ee/xml/ns/jakartaee"
                         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                         xsi:schemaLocation="https://jakarta.ee/xml/ns/jakartaee \
                https://jakarta.ee/xml/ns/jakartaee/web-app_6_0.xsd"
                         version="6.0">
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>secured</web-resource-name>
                            <url-pattern>/secured/*</url-pattern>
                        </web-resource-collection>
                        <auth-constraint>
                            <role-name>user</role-name>
                        </auth-constraint>
                    </security-constraint>
                    <security-constraint>
                        <web-resource-collection>
                            <web-resource-name>admin</web-resource-name>
                            <url-pattern>/admin/*</url-pattern>
                        </web-resource-collection>
                        <auth-constraint>
                            <role-name>admin</role-name>
                        </auth-constraint>
                    </security-constraint>
                    <login-config>
                        <auth-method>BASIC</auth-method>
                    </login-config>
                    <security-role>
                        <role-name>admin</role-name>
                    </security-role>
                    <security-role>
                        <role-name>user</role-name>
                    </security-role>
                </web-app>
                """;
    }
}
