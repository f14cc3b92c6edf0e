package io.contactbook.bootstrap;

import io.contactbook.application.port.in.ListConversationsUseCase;
import io.contactbook.application.port.in.RecordConversationUseCase;
import io.contactbook.application.port.out.Contacts;
import io.contactbook.application.port.out.Conversations;
import io.contactbook.application.service.ConversationService;
import io.quarkus.arc.BindingsSource;
import io.quarkus.arc.InterceptionProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Wires the conversation summaries, each use case one transaction per call (see {@link UseCases}). */
@Singleton
public class ConversationUseCases {

    private final ConversationService conversations;

    ConversationUseCases(Conversations conversations, Contacts contacts) {
        this.conversations = new ConversationService(conversations, contacts, Clock.systemUTC());
    }

    @Produces
    @ApplicationScoped
    RecordConversationUseCase recordConversation(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<RecordConversationUseCase> proxy) {
        return proxy.create(conversations);
    }

    @Produces
    @ApplicationScoped
    ListConversationsUseCase listConversations(
            @BindingsSource(UseCases.OneTransaction.class) InterceptionProxy<ListConversationsUseCase> proxy) {
        return proxy.create(conversations);
    }
}
