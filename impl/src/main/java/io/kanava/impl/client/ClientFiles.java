package io.kanava.impl.client;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriterFactory;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.ServletContext;

import io.kanava.ChannelDefinition;
import io.kanava.generator.GeneratedClient;
import io.kanava.generator.TypeScriptClientGenerator;
import io.kanava.impl.Messages;
import io.kanava.impl.asyncapi.AsyncApiDocument;

/**
 * What an application serves under its client path, made once at deployment: the AsyncAPI document of its
 * channels and the TypeScript client generated from it. Types described only as open schemas are logged (KNV3026).
 */
public final class ClientFiles {

    /** The servlet context attribute the files are kept under for {@link ClientFilesServlet}. */
    static final String ATTRIBUTE = ClientFiles.class.getName();

    private static final Logger LOG = Logger.getLogger(ClientFiles.class.getName());

    private final JsonBuilderFactory json;
    private final JsonWriterFactory writers;
    private final AsyncApiDocument document;
    private final GeneratedClient client;

    private ClientFiles(JsonProvider provider, AsyncApiDocument document, GeneratedClient client) {
        this.json = provider.createBuilderFactory(Map.of());
        this.writers = provider.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));
        this.document = document;
        this.client = client;
    }

    /**
     * Describes an application's channels and generates its client.
     *
     * @param title the application's name
     * @param channels its validated channels
     * @return the files
     */
    private static ClientFiles of(String title, List<ChannelDefinition> channels) {
        JsonProvider provider = JsonProvider.provider();
        AsyncApiDocument document = AsyncApiDocument.describe(provider.createBuilderFactory(Map.of()), title, channels);
        document.openSchemas()
                .forEach(open -> LOG.warning(Messages.openSchema(open.type(), open.where(), open.reason())));
        return new ClientFiles(provider, document, new TypeScriptClientGenerator().generate(document.json()));
    }

    /**
     * Makes the files, or logs why they cannot be made (KNV3027) without failing the deployment.
     *
     * @param title the application's name
     * @param channels its validated channels
     * @param contextPath the application, for the log
     * @return the files, or empty when they could not be made
     */
    static Optional<ClientFiles> attempt(String title, List<ChannelDefinition> channels, String contextPath) {
        try {
            return Optional.of(of(title, channels));
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            // reflection over application classes can fail with an Error too; the channels must not fail with it
            LOG.log(Level.SEVERE, Messages.clientFilesFailed(contextPath), e);
            return Optional.empty();
        }
    }

    /**
     * Makes the files of an application whose {@link ClientFilesServlet} is registered, and hands them to it.
     *
     * @param context the application
     * @param channels its validated channels
     * @param codec the payload codec in use, when it is not Kanava's own JSON-B codec (logged: KNV3029)
     */
    public static void publish(ServletContext context, List<ChannelDefinition> channels, Optional<Class<?>> codec) {
        if (context.getAttribute(ClientFilesServlet.PATH_ATTRIBUTE) == null) {
            return;
        }
        codec.ifPresent(replaced -> LOG.warning(Messages.codecNotDescribed(context.getContextPath(), replaced)));
        String title = context.getServletContextName() != null
                ? context.getServletContextName()
                : context.getContextPath().isEmpty()
                        ? "application"
                        : context.getContextPath().substring(1);
        attempt(title, channels, context.getContextPath()).ifPresent(files -> context.setAttribute(ATTRIBUTE, files));
    }

    /**
     * Returns the AsyncAPI document as served to one request.
     *
     * @param protocol {@code ws} or {@code wss}
     * @param host the host and port the request reached
     * @param contextPath the application's context path
     * @return the document's text
     */
    String asyncApi(String protocol, String host, String contextPath) {
        JsonObject served = document.servedAt(json, protocol, host, contextPath);
        StringWriter text = new StringWriter();
        writers.createWriter(text).writeObject(served);
        return text.toString().strip() + "\n";
    }

    GeneratedClient client() {
        return client;
    }
}
