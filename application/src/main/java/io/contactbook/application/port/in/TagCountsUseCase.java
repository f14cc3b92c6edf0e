package io.contactbook.application.port.in;

import io.contactbook.domain.shared.WorkspaceId;

import java.util.List;

/** Every tag in use in a workspace with how many contacts carry it, counted as of now. */
public interface TagCountsUseCase {

    List<TagCount> tagCounts(WorkspaceId workspace);

    record TagCount(String tag, long contactCount) {
    }
}
