package org.cppp.factory;

/** What other modules need to name a factory: BR number, names, sector, city, eligible today. */
public record FactorySummary(
    String brNumber, String nameEn, String nameZh, Sector sector, String city, boolean eligible) {}
