package io.contactbook.adapter.persistence;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.persistence.Entity;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every type of ours that Jackson binds inside a jsonb column is registered for reflection (native builds). */
class NativeReflectionTest {

    @Test
    void everyOwnTypeInAJsonColumnIsRegistered() throws Exception {
        Set<Class<?>> registered = Set.of(NativeReflection.class.getAnnotation(RegisterForReflection.class).targets());

        Set<Class<?>> inJsonColumns = new HashSet<>();
        for (Class<?> entity : entities()) {
            for (Field field : entity.getDeclaredFields()) {
                JdbcTypeCode code = field.getAnnotation(JdbcTypeCode.class);
                if (code != null && code.value() == SqlTypes.JSON) {
                    collectOwnTypes(field.getGenericType(), inJsonColumns);
                }
            }
        }

        assertThat(inJsonColumns).as("own types in JSON columns").contains(ContactEntity.StoredChannel.class);
        assertThat(registered).as("types missing from NativeReflection's targets").containsAll(inJsonColumns);
    }

    /** Our own classes in a field's type, through generics ({@code List<StoredChannel>}) and arrays. */
    private static void collectOwnTypes(Type type, Set<Class<?>> found) {
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                collectOwnTypes(plain.getComponentType(), found);
            } else if (plain.getName().startsWith("io.contactbook.")) {
                found.add(plain);
            }
        } else if (type instanceof ParameterizedType generic) {
            collectOwnTypes(generic.getRawType(), found);
            for (Type argument : generic.getActualTypeArguments()) {
                collectOwnTypes(argument, found);
            }
        } else if (type instanceof GenericArrayType array) {
            collectOwnTypes(array.getGenericComponentType(), found);
        }
    }

    private static List<Class<?>> entities() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(NativeReflection.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String pkg = NativeReflection.class.getPackageName();
        List<String> names;
        try (Stream<Path> files = Files.list(classes.resolve(pkg.replace('.', '/')))) {
            names = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".class"))
                    .map(name -> pkg + "." + name.substring(0, name.length() - ".class".length()))
                    .toList();
        }
        List<Class<?>> entities = new ArrayList<>();
        for (String name : names) {
            Class<?> type = Class.forName(name, false, NativeReflection.class.getClassLoader());
            if (type.isAnnotationPresent(Entity.class)) {
                entities.add(type);
            }
        }
        assertThat(entities).as("entities of the persistence adapter").contains(ContactEntity.class);
        return entities;
    }
}
