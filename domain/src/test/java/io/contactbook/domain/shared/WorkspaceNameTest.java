package io.contactbook.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkspaceNameTest {

    @Test
    void isTrimmedAndOneToOneHundredCharacters() {
        assertThat(WorkspaceName.parse("  Acme ").value()).isEqualTo("Acme");
        assertThat(WorkspaceName.parse("a".repeat(100)).value()).hasSize(100);
        assertThatThrownBy(() -> WorkspaceName.parse("a".repeat(101))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> WorkspaceName.parse("   ")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> WorkspaceName.parse(null)).isInstanceOf(RuleViolation.class);
    }
}
