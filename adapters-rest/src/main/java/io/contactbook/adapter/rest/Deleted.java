package io.contactbook.adapter.rest;

import java.util.UUID;

/** The answer of every delete. */
public record Deleted(boolean deleted, UUID id) {
}
