package org.cppp.recognition.web;

import java.util.ArrayList;
import java.util.List;
import org.cppp.recognition.EvidenceItem;
import org.cppp.recognition.NewNomination;

/** The nomination form's fields, as typed; evidence rows left blank are ignored. */
public class NominationForm {

  static final int EVIDENCE_ROWS = 4;

  private String nomineeNameEn;
  private String nomineeNameZh;
  private String category;
  private String factoryBr;
  private String providerCode;
  private String contactName;
  private String contactEmail;
  private String contactPhone;
  private List<EvidenceRow> evidence = new ArrayList<>();

  static NominationForm blank() {
    NominationForm form = new NominationForm();
    form.padEvidence();
    return form;
  }

  void padEvidence() {
    while (evidence.size() < EVIDENCE_ROWS) {
      evidence.add(new EvidenceRow());
    }
  }

  NewNomination toNewNomination() {
    List<EvidenceItem> items =
        evidence.stream()
            .filter(row -> !row.isBlank())
            .map(row -> new EvidenceItem(row.type, row.description, row.reference))
            .toList();
    return new NewNomination(
        nomineeNameEn,
        nomineeNameZh,
        category,
        blankToNull(factoryBr),
        blankToNull(providerCode),
        contactName,
        blankToNull(contactEmail),
        contactPhone,
        items);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  /** One evidence row. */
  public static class EvidenceRow {
    private String type;
    private String description;
    private String reference;

    boolean isBlank() {
      return (type == null || type.isBlank())
          && (description == null || description.isBlank())
          && (reference == null || reference.isBlank());
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public String getDescription() {
      return description;
    }

    public void setDescription(String description) {
      this.description = description;
    }

    public String getReference() {
      return reference;
    }

    public void setReference(String reference) {
      this.reference = reference;
    }
  }

  public String getNomineeNameEn() {
    return nomineeNameEn;
  }

  public void setNomineeNameEn(String nomineeNameEn) {
    this.nomineeNameEn = nomineeNameEn;
  }

  public String getNomineeNameZh() {
    return nomineeNameZh;
  }

  public void setNomineeNameZh(String nomineeNameZh) {
    this.nomineeNameZh = nomineeNameZh;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getFactoryBr() {
    return factoryBr;
  }

  public void setFactoryBr(String factoryBr) {
    this.factoryBr = factoryBr;
  }

  public String getProviderCode() {
    return providerCode;
  }

  public void setProviderCode(String providerCode) {
    this.providerCode = providerCode;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public List<EvidenceRow> getEvidence() {
    return evidence;
  }

  public void setEvidence(List<EvidenceRow> evidence) {
    this.evidence = evidence == null ? new ArrayList<>() : evidence;
  }
}
