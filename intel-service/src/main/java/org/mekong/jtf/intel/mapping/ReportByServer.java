package org.mekong.jtf.intel.mapping;

import org.mapstruct.Mapping;
import org.mekong.jtf.common.mapping.TrackedByServer;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a report's requests never set: its tracking columns, reference, kind, originator, grading
 * (checked and mapped by Grading), lifecycle, and its early-warning part (mapped on its own).
 */
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
@TrackedByServer
@Mapping(target = "reference", ignore = true)
@Mapping(target = "kind", ignore = true)
@Mapping(target = "originatorAgency", ignore = true)
@Mapping(target = "originatorCountry", ignore = true)
@Mapping(target = "sourceReliability", ignore = true)
@Mapping(target = "infoCredibility", ignore = true)
@Mapping(target = "gradedAs", ignore = true)
@Mapping(target = "status", ignore = true)
@Mapping(target = "publishedAt", ignore = true)
@Mapping(target = "withdrawnAt", ignore = true)
@Mapping(target = "withdrawnBy", ignore = true)
@Mapping(target = "withdrawnByAgency", ignore = true)
@Mapping(target = "withdrawalReason", ignore = true)
@Mapping(target = "ewSubstanceName", ignore = true)
@Mapping(target = "ewTabletLogo", ignore = true)
@Mapping(target = "ewColour", ignore = true)
@Mapping(target = "ewPackagingMark", ignore = true)
@Mapping(target = "ewFirstSeenAt", ignore = true)
@Mapping(target = "ewFirstSeenCountry", ignore = true)
@Mapping(target = "ewFirstSeenProvince", ignore = true)
@Mapping(target = "ewFirstSeenPlace", ignore = true)
@Mapping(target = "ewSeizureReference", ignore = true)
@Mapping(target = "photos", ignore = true)
public @interface ReportByServer {
}
