package io.contactbook.domain.contact;

import io.contactbook.domain.shared.Change;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;

import static org.assertj.core.api.Assertions.assertThat;

class ContactChangesTest {

    @Test
    void aNewBuilderKeepsEveryField() throws ReflectiveOperationException {
        ContactChanges changes = ContactChanges.builder().build();

        // Every component, so that a field added later without a default is caught here.
        for (RecordComponent component : ContactChanges.class.getRecordComponents()) {
            assertThat(component.getAccessor().invoke(changes)).as(component.getName()).isEqualTo(Change.keep());
        }
    }

    @Test
    void eachSetterChangesOnlyItsField() {
        ContactChanges changes = ContactChanges.builder()
                .email(Change.to("jane@example.com"))
                .phone(Change.clear())
                .build();

        assertThat(changes.email()).isEqualTo(Change.to("jane@example.com"));
        assertThat(changes.phone()).isEqualTo(Change.clear());
        assertThat(changes.firstName()).isEqualTo(Change.keep());
        assertThat(changes.externalId()).isEqualTo(Change.keep());
    }
}
