package org.cppp.retention;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the programme holds about one person or one factory (a data access request).
 *
 * @param email the person's e-mail, or null
 * @param factory the factory's BR number, or null
 * @param exportedAt when
 * @param exportedBy the officer who exported it
 * @param sections each module's records, by module and record type
 */
public record PersonalDataExport(
    String email,
    String factory,
    Instant exportedAt,
    String exportedBy,
    Map<String, Map<String, List<Map<String, Object>>>> sections) {}
