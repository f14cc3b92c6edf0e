package io.contactbook.bootstrap;

import io.contactbook.application.port.in.IdentifyContactUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Workspaces;
import io.contactbook.application.service.IdentifyContactService;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Wires the inbound identify, as one transaction per call (see {@link UseCases}). */
@Singleton
public class IdentifyUseCases {

    private final IdentifyContactService identify;

    IdentifyUseCases(Contacts contacts, Workspaces workspaces) {
        this.identify = new IdentifyContactService(contacts, workspaces, Clock.systemUTC());
    }

    @Produces
    @ApplicationScoped
    IdentifyContactUseCase identifyContact(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<IdentifyContactUseCase> proxy) {
        return proxy.create(identify);
    }
}
