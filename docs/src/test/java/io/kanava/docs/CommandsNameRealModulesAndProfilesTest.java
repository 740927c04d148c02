package io.kanava.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The commands the guides give name what exists: Maven profiles and modules, the jars the build makes, npm scripts
 * and files. (Whether they work is what CI and the kit show: CI runs the test command itself.)
 */
class CommandsNameRealModulesAndProfilesTest {

    private static final Pattern PROFILES = Pattern.compile("(?:^|\\s)-P([\\w,.-]+)");
    private static final Pattern MODULES = Pattern.compile("(?:^|\\s)-pl\\s+([\\w,/.-]+)");
    private static final Pattern JAR = Pattern.compile("java -jar ([\\w/.-]+)");
    private static final Pattern NPM_SCRIPT = Pattern.compile("npm run ([\\w:-]+)");
    private static final Pattern ARTIFACT =
            Pattern.compile("</parent>.*?<artifactId>([^<]+)</artifactId>", Pattern.DOTALL);
    private static final Pattern VERSION =
            Pattern.compile("<artifactId>kanava-parent</artifactId>\\s*<version>([^<]+)</version>");

    private final Repository repository = Repository.current();

    @Test
    void everyCommandNamesWhatExists() {
        List<String> wrong = new ArrayList<>();
        int commands = 0;
        for (Guide guide : Guide.all(repository)) {
            for (Block block : guide.blocks()) {
                if (block.directive().kind() != Directive.Kind.COMMAND) {
                    continue;
                }
                for (String line : block.lines()) {
                    if (!line.isBlank()) {
                        commands++;
                        check(line.strip(), block.where(), wrong);
                    }
                }
            }
        }
        assertTrue(commands >= 3, "the guides give commands; found " + commands);
        assertEquals(List.of(), wrong);
    }

    private void check(String command, String where, List<String> wrong) {
        if (command.startsWith("mvn ")) {
            find(PROFILES, command).forEach(list -> List.of(list.split(",")).forEach(profile -> {
                if (!profileExists(profile)) {
                    wrong.add(where + ": no Maven profile " + profile + " in any pom.xml (" + command + ")");
                }
            }));
            find(MODULES, command).forEach(list -> List.of(list.split(",")).forEach(module -> {
                if (!Files.isRegularFile(repository.resolve(module).resolve("pom.xml"))) {
                    wrong.add(where + ": no module " + module + " (" + command + ")");
                }
            }));
        } else if (command.startsWith("java -jar ")) {
            find(JAR, command).forEach(jar -> {
                if (!jarOfAModule(jar)) {
                    wrong.add(where + ": " + jar + " is not <module>/target/<artifactId>-<version>….jar (" + command
                            + ")");
                }
            });
        } else if (command.startsWith("bash ")) {
            String script = command.substring(5).strip().split("\\s+")[0];
            if (!Files.isRegularFile(repository.resolve(script))) {
                wrong.add(where + ": no script " + script);
            }
        } else if (command.contains("npm ")) {
            String scripts = Repository.text(repository.resolve("typescript/package.json"));
            find(NPM_SCRIPT, command).forEach(script -> {
                if (!scripts.contains("\"" + script + "\":")) {
                    wrong.add(where + ": typescript/package.json has no script " + script);
                }
            });
        } else if (!command.startsWith("apt-get ") && !command.startsWith("cd ")) {
            wrong.add(where + ": a command the checks do not know: " + command);
        }
    }

    private boolean profileExists(String profile) {
        return poms().stream().anyMatch(pom -> Repository.text(pom)
                .matches("(?s).*<profile>(\\s|<!--.*?-->)*<id>" + Pattern.quote(profile) + "</id>.*"));
    }

    private boolean jarOfAModule(String jar) {
        String[] parts = jar.split("/");
        if (parts.length != 3 || !parts[1].equals("target")) {
            return false;
        }
        Path pom = repository.resolve(parts[0]).resolve("pom.xml");
        if (!Files.isRegularFile(pom)) {
            return false;
        }
        List<String> artifact = find(ARTIFACT, Repository.text(pom));
        List<String> version = find(VERSION, Repository.text(pom));
        return !artifact.isEmpty()
                && !version.isEmpty()
                && parts[2].startsWith(artifact.get(0) + "-" + version.get(0))
                && parts[2].endsWith(".jar");
    }

    private List<Path> poms() {
        List<Path> poms = new ArrayList<>();
        poms.add(repository.resolve("pom.xml"));
        try (var modules = Files.list(repository.root())) {
            modules.map(module -> module.resolve("pom.xml"))
                    .filter(Files::isRegularFile)
                    .forEach(poms::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return poms;
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
