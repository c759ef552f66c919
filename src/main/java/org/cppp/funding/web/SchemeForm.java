package org.cppp.funding.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cppp.funding.NewScheme;
import org.cppp.platform.FieldLabels;
import org.cppp.shared.RuleViolation;

/**
 * The new-scheme form's fields, as typed: the names in the three languages side by side, the
 * applicants and technology categories as ticked, the required documents as codes separated by
 * commas. The catalogue ({@code FundingRules.defineScheme}) checks them all; its refusal of a name
 * or a list entry lands on the form's field ({@link #onForm}).
 */
@FieldLabels("funding.schemeForm")
public class SchemeForm {

  private String code;
  private String initiative;
  private String nameEn;
  private String nameZhHk;
  private String nameZhCn;
  private List<String> applicants = new ArrayList<>();
  private Boolean needsCommittee;
  private String documents;
  private List<String> technologies = new ArrayList<>();

  NewScheme toNewScheme() {
    Map<String, String> names = new java.util.HashMap<>();
    names.put("en", nameEn);
    names.put("zh-HK", nameZhHk);
    names.put("zh-CN", nameZhCn);
    List<String> documentCodes =
        documents == null || documents.isBlank()
            ? List.of()
            : Arrays.stream(documents.split(",")).map(String::trim).toList();
    return new NewScheme(
        code == null ? null : code.trim(),
        initiative,
        names,
        applicants,
        needsCommittee,
        documentCodes,
        technologies);
  }

  /** The catalogue's refusal, its field named as this form names it. */
  static RuleViolation onForm(RuleViolation refused) {
    String field = refused.field() == null ? null : refused.field().replaceAll("\\[\\d+]$", "");
    String mapped =
        switch (field == null ? "" : field) {
          case "names.en" -> "nameEn";
          case "names.zh-HK" -> "nameZhHk";
          case "names.zh-CN" -> "nameZhCn";
          default -> field;
        };
    return new RuleViolation(mapped, refused.messageKey(), refused.arguments());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getInitiative() {
    return initiative;
  }

  public void setInitiative(String initiative) {
    this.initiative = initiative;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZhHk() {
    return nameZhHk;
  }

  public void setNameZhHk(String nameZhHk) {
    this.nameZhHk = nameZhHk;
  }

  public String getNameZhCn() {
    return nameZhCn;
  }

  public void setNameZhCn(String nameZhCn) {
    this.nameZhCn = nameZhCn;
  }

  public List<String> getApplicants() {
    return applicants;
  }

  public void setApplicants(List<String> applicants) {
    this.applicants = applicants == null ? new ArrayList<>() : applicants;
  }

  public Boolean getNeedsCommittee() {
    return needsCommittee;
  }

  public void setNeedsCommittee(Boolean needsCommittee) {
    this.needsCommittee = needsCommittee;
  }

  public String getDocuments() {
    return documents;
  }

  public void setDocuments(String documents) {
    this.documents = documents;
  }

  public List<String> getTechnologies() {
    return technologies;
  }

  public void setTechnologies(List<String> technologies) {
    this.technologies = technologies == null ? new ArrayList<>() : technologies;
  }
}
