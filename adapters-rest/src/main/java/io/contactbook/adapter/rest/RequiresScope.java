package io.contactbook.adapter.rest;

import io.contactbook.domain.access.Scope;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The scope a key needs for an endpoint; every {@code /api} endpoint names one (an architecture test checks). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {

    Scope value();
}
