package io.kanava.generator;

import java.util.Set;

import jakarta.json.JsonObject;

/**
 * Generates an application's TypeScript client from its AsyncAPI document: the payload types, a {@code Channels}
 * type map of every channel's route parameters, actions (input, output, declared error codes) and events, the fixed
 * runtime, and a typed {@code connect(channel, options)}. The same generator serves the running application's
 * {@code client.ts}, {@code client.js} and {@code client.d.ts} and runs from the command line
 * ({@link GenerateClient}).
 *
 * <pre>{@code
 * GeneratedClient client = new TypeScriptClientGenerator().generate(document);
 * }</pre>
 */
public final class TypeScriptClientGenerator {

    private final RuntimeSources runtime;

    /** Creates a generator with the runtime bundled in this jar. */
    public TypeScriptClientGenerator() {
        this.runtime = RuntimeSources.load();
    }

    /**
     * Generates the client of one document.
     *
     * @param document an AsyncAPI 3.0 document served by a Kanava application
     * @return the client in its three forms
     * @throws GeneratorException when the document is not one Kanava wrote
     */
    public GeneratedClient generate(JsonObject document) {
        ClientModel model;
        try {
            model = ClientModel.read(document);
        } catch (NullPointerException | ClassCastException unexpected) {
            throw new GeneratorException(
                    "the document is not one a Kanava application serves (" + unexpected.getMessage() + ")",
                    unexpected);
        }
        Set<String> reserved = runtime.declaredNames();
        reserved.addAll(Set.of("Channels", "connect", "routes"));
        reserved.addAll(GLOBALS);
        TypeScriptTypes types = TypeScriptTypes.naming(model.schemas().keySet(), reserved);
        String header = "// The Kanava client of " + model.title().replace('\n', ' ')
                + ", generated from its AsyncAPI document. Do not edit: generate it again.\n";
        String declared = new ChannelTypes(types).declare(model);
        return new GeneratedClient(
                header + declared + "\n" + runtime.typescript() + "\n" + ChannelTypes.routes(model, true)
                        + TYPESCRIPT_CONNECT,
                header + runtime.javascript() + "\n" + ChannelTypes.routes(model, false) + JAVASCRIPT_CONNECT,
                header + declared + "\n" + runtime.declarations() + "\n" + DECLARED_CONNECT);
    }

    /**
     * Names a generated type must not take: TypeScript's keywords and primitive type names, and the global types the
     * client uses ({@code interface Record} would shadow the global {@code Record<K, V>}).
     */
    private static final Set<String> GLOBALS = Set.of(
            "any",
            "unknown",
            "never",
            "void",
            "undefined",
            "null",
            "object",
            "string",
            "number",
            "boolean",
            "symbol",
            "bigint",
            "this",
            "true",
            "false",
            "type",
            "interface",
            "class",
            "enum",
            "function",
            "const",
            "let",
            "var",
            "new",
            "delete",
            "typeof",
            "instanceof",
            "in",
            "of",
            "keyof",
            "infer",
            "readonly",
            "unique",
            "extends",
            "implements",
            "import",
            "export",
            "default",
            "return",
            "if",
            "else",
            "for",
            "while",
            "do",
            "switch",
            "case",
            "break",
            "continue",
            "try",
            "catch",
            "finally",
            "throw",
            "with",
            "yield",
            "await",
            "async",
            "super",
            "package",
            "private",
            "protected",
            "public",
            "static",
            "declare",
            "namespace",
            "module",
            "abstract",
            "as",
            "is",
            "asserts",
            "satisfies",
            "Record",
            "Partial",
            "Required",
            "Readonly",
            "Pick",
            "Omit",
            "Exclude",
            "Extract",
            "NonNullable",
            "Parameters",
            "ReturnType",
            "InstanceType",
            "Awaited",
            "Promise",
            "PromiseLike",
            "Array",
            "ReadonlyArray",
            "Map",
            "Set",
            "WeakMap",
            "WeakSet",
            "Object",
            "String",
            "Number",
            "Boolean",
            "Symbol",
            "BigInt",
            "Function",
            "Date",
            "RegExp",
            "Error",
            "TypeError",
            "RangeError",
            "JSON",
            "Math",
            "URL",
            "URLSearchParams",
            "WebSocket",
            "Event",
            "MessageEvent",
            "CloseEvent",
            "globalThis",
            "console");

    private static final String TYPESCRIPT_CONNECT =
            """
            /** Opens a connection to one of the application's channels. */
            export function connect<C extends keyof Channels>(
              channel: C,
              options: ConnectOptions<Channels[C]>,
            ): KanavaChannel<Channels[C]> {
              return new KanavaChannel<Channels[C]>(routes[channel], options);
            }
            """;

    private static final String JAVASCRIPT_CONNECT =
            """
            /** Opens a connection to one of the application's channels. */
            export function connect(channel, options) {
              return new KanavaChannel(routes[channel], options);
            }
            """;

    private static final String DECLARED_CONNECT =
            """
            /** Opens a connection to one of the application's channels. */
            export declare function connect<C extends keyof Channels>(
              channel: C,
              options: ConnectOptions<Channels[C]>,
            ): KanavaChannel<Channels[C]>;
            """;
}
