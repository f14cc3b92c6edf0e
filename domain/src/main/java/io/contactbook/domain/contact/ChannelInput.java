package io.contactbook.domain.contact;

/** A channel as a client wrote it, before it is read: the type name and the raw value. */
public record ChannelInput(String type, String value) {
}
