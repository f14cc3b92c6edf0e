package io.contactbook.domain.list;

import io.contactbook.domain.shared.RuleViolation;

import java.util.Map;

/**
 * A create or rename that would give a workspace two lists of one name (compared case-insensitively). It breaks a
 * rule of the input's {@code name}, so clients get it as they get any other broken rule of that field.
 */
public class ListNameTaken extends RuleViolation {

    /** The violation of {@code name}, with the message clients get. */
    public ListNameTaken() {
        super(Map.of("name", "another list of this workspace already has this name"));
    }
}
