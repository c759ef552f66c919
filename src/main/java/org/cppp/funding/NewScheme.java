package org.cppp.funding;

import java.util.List;
import java.util.Map;

/**
 * A scheme to define, as the API takes it: {@code names} by language tag ({@code en}, {@code
 * zh-HK}, {@code zh-CN}, all three required); {@code documents} (document kinds) and {@code
 * technologies} (technology categories) may be omitted.
 */
public record NewScheme(
    String code,
    String initiative,
    Map<String, String> names,
    List<String> applicants,
    Boolean needsCommittee,
    List<String> documents,
    List<String> technologies) {}
