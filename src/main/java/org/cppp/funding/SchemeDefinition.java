package org.cppp.funding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cppp.shared.ApplicantKind;
import org.cppp.shared.Translations;

/**
 * A scheme of the catalogue: what it is, whatever phase funds it.
 *
 * @param names the name by language tag: {@code en}, {@code zh-HK}, {@code zh-CN}
 * @param needsCommittee whether only the committee decides it ({@code false}: it may be delegated)
 * @param documents the supporting documents an application must carry, by document kind
 * @param technologies the technology categories a project names (empty: none is named)
 */
public record SchemeDefinition(
    Scheme code,
    Initiative initiative,
    Map<String, String> names,
    Set<ApplicantKind> applicants,
    boolean needsCommittee,
    List<String> documents,
    List<String> technologies) {

  public SchemeDefinition {
    names = Map.copyOf(names);
    applicants = Set.copyOf(applicants);
    documents = List.copyOf(documents);
    technologies = List.copyOf(technologies);
  }

  /** The name in the reader's language of the three. */
  @JsonIgnore
  public String name(Locale locale) {
    return Translations.pick(locale, names.get("en"), names.get("zh-HK"), names.get("zh-CN"));
  }
}
