package io.contactbook.application.port.out;

import io.contactbook.application.port.in.TagCountsUseCase.TagCount;
import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;

/** Counts of the tags on a workspace's contacts, most used first, then by name. */
public interface TagCounts {

    List<TagCount> tagCounts(WorkspaceId workspace);
}
