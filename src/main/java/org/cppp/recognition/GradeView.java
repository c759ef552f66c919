package org.cppp.recognition;

/** A recognition grade (data), used by cycles from {@code effectiveFromYear} on. */
public record GradeView(String code, LocalizedName name, int order, int effectiveFromYear) {}
