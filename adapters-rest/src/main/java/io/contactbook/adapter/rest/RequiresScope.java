package io.contactbook.adapter.rest;

import io.contactbook.domain.access.Scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope a key needs for an endpoint; every {@code /api} endpoint names one (an architecture test checks).
 * Several scopes mean any one of them will do (e.g. a note's author or a key that may delete any note).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {

    Scope[] value();
}
