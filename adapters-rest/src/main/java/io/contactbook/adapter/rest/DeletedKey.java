package io.contactbook.adapter.rest;

/** The answer of a delete of something named by a key rather than an id (a tag, a custom attribute). */
public record DeletedKey(boolean deleted, String id) {
}
