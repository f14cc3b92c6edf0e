package io.contactbook.adapter.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The success envelope: {@code {"success": true, "data": ...}}, with pagination on lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiResponse<T>(boolean success, T data, Pagination pagination) {

    public static <T> ApiResponse<T> of(T data) {
        return new ApiResponse<>(true, data, null);
    }

    public static <T> ApiResponse<T> page(T data, Pagination pagination) {
        return new ApiResponse<>(true, data, pagination);
    }

    /** Where a list stands; {@code next_cursor} is null on the last page. */
    public record Pagination(
            boolean hasMore,
            @Schema(description = "Null on the last page.", nullable = true)
            @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor,
            int limit,
            long totalCount,
            boolean totalCountExact) {
    }
}
