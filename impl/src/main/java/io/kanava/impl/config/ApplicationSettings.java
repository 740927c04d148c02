package io.kanava.impl.config;

import java.lang.reflect.Method;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.ServletContext;

import io.kanava.impl.Messages;

/**
 * An application's settings, by name ({@code kanava.limits.max-message-size} and the others): MicroProfile Config's
 * value where the server provides MicroProfile Config and it has one (from system properties, environment variables
 * such as {@code KANAVA_LIMITS_MAX_MESSAGE_SIZE}, {@code META-INF/microprofile-config.properties} or the server's own
 * sources), else the servlet context parameter, else nothing, so the reader's default applies. A channel's own values
 * in its definition win over both. MicroProfile Config is reached by reflection, so applications on servers
 * without it need nothing.
 */
public final class ApplicationSettings implements UnaryOperator<String> {

    private static final Logger LOG = Logger.getLogger(ApplicationSettings.class.getName());

    private final UnaryOperator<String> microProfile;
    private final UnaryOperator<String> contextParameters;

    ApplicationSettings(UnaryOperator<String> microProfile, UnaryOperator<String> contextParameters) {
        this.microProfile = microProfile;
        this.contextParameters = contextParameters;
    }

    /**
     * Reads the settings of one web application.
     *
     * @param context the application's servlet context
     * @return its settings
     */
    public static ApplicationSettings of(ServletContext context) {
        return new ApplicationSettings(microProfileOf(context.getClassLoader()), context::getInitParameter);
    }

    /**
     * Returns a setting.
     *
     * @param name its name
     * @return its value, or {@code null} when neither source sets it
     */
    @Override
    public String apply(String name) {
        String configured = microProfile.apply(name);
        return configured != null ? configured : contextParameters.apply(name);
    }

    /** MicroProfile Config of the application's class loader, or a source without values where there is none. */
    static UnaryOperator<String> microProfileOf(ClassLoader loader) {
        Class<?> provider;
        try {
            provider = Class.forName("org.eclipse.microprofile.config.ConfigProvider", true, loader);
        } catch (ClassNotFoundException | LinkageError absent) {
            return name -> null;
        }
        try {
            Object config = provider.getMethod("getConfig", ClassLoader.class).invoke(null, loader);
            Method optionalValue = Class.forName("org.eclipse.microprofile.config.Config", true, loader)
                    .getMethod("getOptionalValue", String.class, Class.class);
            return name -> valueOf(optionalValue, config, name);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError unusable) {
            LOG.log(Level.WARNING, Messages.microProfileConfigUnusable(unusable), unusable);
            return name -> null;
        }
    }

    private static String valueOf(Method optionalValue, Object config, String name) {
        try {
            return ((Optional<?>) optionalValue.invoke(config, name, String.class))
                    .map(String::valueOf)
                    .orElse(null);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            LOG.log(Level.FINE, unreadable, () -> "MicroProfile Config could not read " + name);
            return null;
        }
    }
}
