package io.contactbook.application.port.in;

/** A write made against a version of the contact that is no longer current (a failed {@code If-Match}). */
public class VersionMismatch extends RuntimeException {

    private final long currentVersion;

    public VersionMismatch(long currentVersion) {
        super("the contact is at version " + currentVersion, null, false, false);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
