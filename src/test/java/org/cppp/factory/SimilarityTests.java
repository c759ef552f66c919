package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SimilarityTests {

  @Test
  void namesDifferingOnlyInCasePunctuationAndLegalFormAreAlike() {
    assertThat(Similarity.nameSimilarity("A.B.C. Textiles Co., Ltd.", "abc textiles limited"))
        .isEqualTo(1.0);
    assertThat(Similarity.nameSimilarity("金龍紡織有限公司", "金龍紡織")).isEqualTo(1.0);
  }

  @Test
  void slightlyMisspeltNamesAreAlike() {
    assertThat(Similarity.nameSimilarity("Golden Dragon Textile Ltd", "Golden Dragon Textiles Ltd"))
        .isGreaterThanOrEqualTo(Similarity.NAME_THRESHOLD);
  }

  @Test
  void differentNamesAreNotAlike() {
    assertThat(Similarity.nameSimilarity("Golden Dragon Plastics", "Golden Dragon Printing"))
        .isLessThan(Similarity.NAME_THRESHOLD);
    assertThat(Similarity.nameSimilarity("Ltd", "Limited")).isZero();
  }

  @Test
  void addressesWithOtherHouseNumbersAreNotAlike() {
    assertThat(
            Similarity.addressSimilarity(
                "No. 12 Xinhe Road, Bao'an District", "No. 14 Xinhe Road, Bao'an District"))
        .isZero();
    assertThat(
            Similarity.addressSimilarity(
                "No. 12 Xinhe Road, Bao'an District", "No.12, Xinhe Rd., Bao'an District"))
        .isGreaterThanOrEqualTo(Similarity.ADDRESS_THRESHOLD);
  }

  @Test
  void comparesNamesBeforeAddresses() {
    var a = new Similarity.Candidate("11111111", "Acme Metal Works Ltd", null, "1 Road A");
    var b = new Similarity.Candidate("22222222", "ACME Metal Works Limited", null, "99 Road B");

    assertThat(Similarity.compare(a, b))
        .hasValueSatisfying(m -> assertThat(m.basis()).isEqualTo("NAME"));
  }
}
