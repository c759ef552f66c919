package org.cppp.recognition;

/** A recognition category (data), e.g. {@code MANUFACTURING_ENTERPRISE}. */
public record CategoryView(String code, LocalizedName name, int order) {}
