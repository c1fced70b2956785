package org.mekong.jtf.cases.mapping;

import org.mapstruct.Mapping;
import org.mekong.jtf.common.mapping.TrackedByServer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A record of a case: its tracking columns and the case it belongs to are the server's, never the request's. */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@TrackedByServer
@Mapping(target = "caseId", ignore = true)
public @interface CaseRecordByServer {
}
