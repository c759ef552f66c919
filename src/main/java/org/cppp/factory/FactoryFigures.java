package org.cppp.factory;

/** The register in figures, for dashboards and reports. */
public record FactoryFigures(long registered, long eligible, long possibleDuplicates) {}
