package io.contactbook.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.contactbook.adapter.rest.RequiresScope;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.annotation.Annotation;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The fine arrows of the architecture (Maven draws the big ones). Each rule names packages that exist, and
 * ArchUnit's failOnEmptyShould (on by default) fails a rule that matches no class.
 */
class ArchitectureTest {

    private static final String DOMAIN = "io.contactbook.domain..";
    private static final String APPLICATION = "io.contactbook.application..";
    private static final String PORT_IN = "io.contactbook.application.port.in..";
    private static final String PORT_OUT = "io.contactbook.application.port.out..";
    private static final String SERVICE = "io.contactbook.application.service..";
    private static final String REST = "io.contactbook.adapter.rest..";
    private static final String PERSISTENCE = "io.contactbook.adapter.persistence..";
    private static final String BOOTSTRAP = "io.contactbook.bootstrap..";

    private static final List<Class<? extends Annotation>> HTTP_METHODS =
            List.of(GET.class, POST.class, PUT.class, PATCH.class, DELETE.class);

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.contactbook");
    }

    @Test
    void domainIsPlainJavaWithValueLibrariesOnly() {
        check(classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage(DOMAIN, "java..",
                        "com.google.i18n.phonenumbers..", "com.fasterxml.uuid..")
                .because("the domain is a library other services reuse: no framework"));
    }

    @Test
    void applicationKnowsNoFramework() {
        check(classes().that().resideInAPackage(APPLICATION)
                .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..")
                .because("use cases are wired in bootstrap; transactions are put around them there"));
    }

    @Test
    void restSeesOnlyInboundPorts() {
        check(noClasses().that().resideInAPackage(REST)
                .should().dependOnClassesThat().resideInAnyPackage(PORT_OUT, SERVICE, PERSISTENCE, BOOTSTRAP));
    }

    @Test
    void persistenceImplementsOutboundPortsOnly() {
        check(noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(SERVICE, REST, BOOTSTRAP));
    }

    @Test
    void onlyThePersistenceAdapterSeesJpa() {
        check(noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..",
                        "io.quarkus.hibernate..", "org.flywaydb..", "java.sql.."));
    }

    @Test
    void inboundPortsDoNotLeakTheImplementation() {
        check(noClasses().that().resideInAPackage(PORT_IN)
                .should().dependOnClassesThat().resideInAnyPackage(PORT_OUT, SERVICE));
    }

    @Test
    void servicesAreWiredOnlyInBootstrap() {
        check(classes().that().resideInAPackage(SERVICE)
                .should().onlyHaveDependentClassesThat().resideInAnyPackage(SERVICE, BOOTSTRAP));
    }

    @Test
    void everyEndpointNamesTheScopeItNeeds() {
        check(methods().that().areDeclaredInClassesThat().resideInAPackage(REST)
                .and(new DescribedPredicate<JavaMethod>("answer an HTTP method") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return HTTP_METHODS.stream().anyMatch(method::isAnnotatedWith);
                    }
                })
                .should().beAnnotatedWith(RequiresScope.class)
                .because("an endpoint without a scope would be closed to every key (see ScopeCheck)"));
    }

    @Test
    void domainPackagesAreFreeOfCycles() {
        check(slices().matching("io.contactbook.domain.(*)..").should().beFreeOfCycles());
    }

    @Test
    void modulesAreFreeOfCycles() {
        check(slices().matching("io.contactbook.(*)..").should().beFreeOfCycles());
    }

    private static void check(ArchRule rule) {
        rule.check(classes);
    }
}
