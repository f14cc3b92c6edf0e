package io.contactbook.application.port.out;

import io.contactbook.domain.contact.CustomAttributeDefinition;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;

/** The custom attribute definitions of each workspace, one per key. */
public interface CustomAttributes {

    List<CustomAttributeDefinition> list(WorkspaceId workspace);

    /** False, writing nothing, when the key is defined already (also when another request just defined it). */
    boolean add(WorkspaceId workspace, CustomAttributeDefinition definition);

    boolean remove(WorkspaceId workspace, String key);
}
