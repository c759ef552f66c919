package org.cppp.provider.web;

import java.io.IOException;
import org.cppp.platform.FieldLabels;
import org.cppp.provider.NewProviderApplication;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public form to join the register, as typed; its labels are the register's ({@code
 * provider.<field>}). {@code website} is a trap only robots fill in.
 */
@FieldLabels("provider")
public class ProviderApplicationForm extends ProviderFields {

  private MultipartFile certificate;
  private String website;

  NewProviderApplication toCommand() throws IOException {
    boolean file = certificate != null && !certificate.isEmpty();
    return new NewProviderApplication(
        getName(),
        getNameZh(),
        getBase(),
        getSpecialisms(),
        getContactPerson(),
        getContactPhone(),
        getContactEmail(),
        getGdeicRegistrationNo(),
        getGdeicValidUntil(),
        file ? certificate.getOriginalFilename() : null,
        file ? certificate.getBytes() : null);
  }

  boolean isBlankTrap() {
    return website == null || website.isBlank();
  }

  public MultipartFile getCertificate() {
    return certificate;
  }

  public void setCertificate(MultipartFile certificate) {
    this.certificate = certificate;
  }

  public String getWebsite() {
    return website;
  }

  public void setWebsite(String website) {
    this.website = website;
  }
}
