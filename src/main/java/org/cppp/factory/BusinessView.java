package org.cppp.factory;

import java.time.LocalDate;
import org.cppp.shared.ApplicantKind;

/** A Hong Kong business or association as the register shows it. */
public record BusinessView(
    String brNumber,
    String nameEn,
    String nameZh,
    ApplicantKind kind,
    boolean nonProfit,
    String pollutingProcesses,
    LocalDate registeredOn,
    long factories,
    long version) {}
