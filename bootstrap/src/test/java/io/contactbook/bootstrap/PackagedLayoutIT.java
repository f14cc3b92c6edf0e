package io.contactbook.bootstrap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * The fast-jar layout that {@code src/main/docker/Dockerfile.jvm} copies into the image, checked after
 * {@code package} by failsafe. No container is built and the application is not started: this machine has
 * no Docker engine, so what can be checked is that every file the Dockerfile names is there and usable.
 */
class PackagedLayoutIT {

    private static final Path MODULE = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
    private static final Path APP = MODULE.resolve("target/quarkus-app");
    private static final Path DOCKERFILE = MODULE.resolve("src/main/docker/Dockerfile.jvm");
    /** {@code COPY [--flags] source... destination}; the sources are relative to the build context, this module. */
    private static final Pattern COPY = Pattern.compile("^COPY\\s+((?:--\\S+\\s+)*)(.+)$");

    @BeforeAll
    static void jvmBuild() {
        // The native profile switches the jar off (quarkus.package.jar.enabled=false): there is no layout to check.
        assumeFalse("true".equals(System.getProperty("contactbook.native")), "a native build writes no fast-jar");
    }

    @Test
    void quarkusRunJarIsAnExecutableJar() throws IOException {
        Path runJar = APP.resolve("quarkus-run.jar");
        assertThat(runJar).isRegularFile();
        try (JarFile jar = new JarFile(runJar.toFile())) {
            Manifest manifest = jar.getManifest();
            assertThat(manifest).as("manifest of %s", runJar).isNotNull();
            assertThat(manifest.getMainAttributes().getValue("Main-Class")).isNotBlank();
            assertThat(manifest.getMainAttributes().getValue("Class-Path"))
                    .as("Class-Path of quarkus-run.jar").contains("lib/boot/");
        }
    }

    @Test
    void libraryFoldersHoldJars() throws IOException {
        assertThat(jarsIn(APP.resolve("lib/boot"))).as("jars in lib/boot").isNotEmpty();
        assertThat(jarsIn(APP.resolve("lib/main")))
                .as("jars in lib/main")
                .anyMatch(name -> name.contains("contactbook-adapters-rest"))
                .anyMatch(name -> name.contains("contactbook-adapters-persistence"))
                .anyMatch(name -> name.contains("contactbook-domain"));
    }

    @Test
    void applicationAndQuarkusFoldersArePresent() throws IOException {
        assertThat(jarsIn(APP.resolve("app"))).as("the application's own jar in app/").isNotEmpty();
        assertThat(APP.resolve("quarkus/quarkus-application.dat")).isRegularFile();
        assertThat(Files.size(APP.resolve("quarkus/quarkus-application.dat"))).isPositive();
    }

    @Test
    void everyCopySourceOfTheJvmDockerfileExists() throws IOException {
        List<String> sources = copySources(DOCKERFILE);
        assertThat(sources).as("COPY sources in %s", DOCKERFILE)
                .contains("target/quarkus-app/lib/", "target/quarkus-app/*.jar", "target/quarkus-app/app/",
                        "target/quarkus-app/quarkus/");
        for (String source : sources) {
            assertThat(matches(source)).as("files matching COPY source %s under %s", source, MODULE).isNotEmpty();
        }
    }

    private static List<String> copySources(Path dockerfile) throws IOException {
        List<String> sources = new ArrayList<>();
        for (String line : Files.readAllLines(dockerfile)) {
            Matcher copy = COPY.matcher(line.strip());
            if (copy.matches()) {
                assertThat(copy.group(1)).as("COPY --from is not a path in the context: %s", line)
                        .doesNotContain("--from");
                String[] words = copy.group(2).strip().split("\\s+");
                sources.addAll(List.of(words).subList(0, words.length - 1));
            }
        }
        return sources;
    }

    /** The files a COPY source names: a path, or a glob in its last segment as in {@code *.jar}. */
    private static List<Path> matches(String source) throws IOException {
        Path path = MODULE.resolve(source);
        String last = path.getFileName().toString();
        if (!last.contains("*") && !last.contains("?")) {
            return Files.exists(path) ? List.of(path) : List.of();
        }
        List<Path> found = new ArrayList<>();
        if (Files.isDirectory(path.getParent())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(path.getParent(), last)) {
                files.forEach(found::add);
            }
        }
        return found;
    }

    private static List<String> jarsIn(Path folder) throws IOException {
        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".jar")).toList();
        }
    }
}
