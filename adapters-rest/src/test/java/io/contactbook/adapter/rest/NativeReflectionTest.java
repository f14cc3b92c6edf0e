package io.contactbook.adapter.rest;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every JSON record of the REST adapter is registered for reflection, so that a native executable can bind it. */
class NativeReflectionTest {

    @Test
    void everyJsonRecordOfThePackageIsRegistered() throws Exception {
        Set<Class<?>> registered = Set.of(NativeReflection.class.getAnnotation(RegisterForReflection.class).targets());

        Set<Class<?>> json = jsonRecords();

        assertThat(json).as("JSON records found in the package").contains(ApiResponse.class, ContactResponse.class,
                ApiError.Error.class, WorkspaceResource.WorkspaceResponse.Workspace.class);
        assertThat(registered).as("records missing from NativeReflection's targets").containsAll(json);
        assertThat(json).as("NativeReflection lists a class that is not a JSON record of the package")
                .containsAll(registered);
    }

    /**
     * The records of this package, nested ones included and subpackages not: all but the OpenAPI-only shapes
     * (named {@code *Envelope}, or inside {@link OpenApiShapes}) and private ones, which never leave their class.
     */
    private static Set<Class<?>> jsonRecords() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(NativeReflection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String pkg = NativeReflection.class.getPackageName();
        Path folder = classes.resolve(pkg.replace('.', '/'));
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> pkg + "." + name.substring(0, name.length() - ".class".length()))
                    .toList();
        }
        assertThat(names).as("classes in %s", folder).isNotEmpty();
        Set<Class<?>> records = new HashSet<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, NativeReflection.class.getClassLoader());
            if (type.isRecord() && !Modifier.isPrivate(type.getModifiers())
                    && !type.getSimpleName().endsWith("Envelope") && type.getEnclosingClass() != OpenApiShapes.class) {
                records.add(type);
            }
        }
        return records.stream().collect(Collectors.toUnmodifiableSet());
    }
}
