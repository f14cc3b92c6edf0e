package io.contactbook.adapter.rest;

import io.contactbook.application.port.in.AuthenticateUseCase.Caller;
import io.contactbook.domain.shared.WorkspaceId;
import jakarta.enterprise.context.RequestScoped;

/** The key that made the current request, set by {@link ApiKeyAuthentication} before any resource runs. */
@RequestScoped
public class CurrentCaller {

    private Caller caller;

    void set(Caller caller) {
        this.caller = caller;
    }

    public boolean isAuthenticated() {
        return caller != null;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller on this request");
        }
        return caller;
    }

    public WorkspaceId workspace() {
        return get().workspace();
    }
}
