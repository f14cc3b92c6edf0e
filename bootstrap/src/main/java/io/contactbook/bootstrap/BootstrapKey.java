package io.contactbook.bootstrap;

import io.contactbook.application.port.in.EnsureBootstrapKeyUseCase;
import io.contactbook.domain.shared.InvalidValue;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * At start-up, makes the operator's bootstrap key ({@code CONTACTBOOK_BOOTSTRAP_KEY}) work, or says how to get
 * one. The key itself is never logged.
 */
@Singleton
public class BootstrapKey {

    private static final Logger LOG = Logger.getLogger(BootstrapKey.class);

    private final EnsureBootstrapKeyUseCase ensureBootstrapKey;
    private final Optional<String> key;

    BootstrapKey(EnsureBootstrapKeyUseCase ensureBootstrapKey,
                 @ConfigProperty(name = "contactbook.bootstrap-key") Optional<String> key) {
        this.ensureBootstrapKey = ensureBootstrapKey;
        this.key = key;
    }

    void onStart(@Observes StartupEvent started) {
        if (key.isEmpty() || key.get().isBlank()) {
            LOG.info("No bootstrap key is set, so no admin key was created. To get one, start the service with "
                    + "CONTACTBOOK_BOOTSTRAP_KEY=cb_live_<at least 22 random characters of A-Za-z0-9_-> "
                    + "(for example: cb_live_$(openssl rand -hex 16)); it becomes the admin key of the workspace "
                    + "'default'.");
            return;
        }
        try {
            ensureBootstrapKey.ensureBootstrapKey(key.get().trim());
            LOG.info("The bootstrap key is the admin key of the workspace 'default'.");
        } catch (InvalidValue invalid) {
            throw new IllegalStateException("CONTACTBOOK_BOOTSTRAP_KEY " + invalid.getMessage(), invalid);
        }
    }
}
