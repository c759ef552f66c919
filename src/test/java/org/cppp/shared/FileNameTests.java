package org.cppp.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNameTests {

  @Test
  void removesARightToLeftOverrideAndEveryOtherBidiControl() {
    assertThat(FileName.clean("invoice\u202Efdp.exe", "file")).isEqualTo("invoicefdp.exe");
    assertThat(
            FileName.clean(
                "a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u061Cl.pdf",
                "file"))
        .isEqualTo("abcdefghijkl.pdf");
  }

  @Test
  void dropsFoldersControlCharactersAndHeaderSyntax() {
    assertThat(FileName.clean("C:\\Users\\x\\..\\report.pdf", "file")).isEqualTo("report.pdf");
    assertThat(FileName.clean("../../etc/passwd", "file")).isEqualTo("passwd");
    assertThat(FileName.clean("a\r\nb\t\"c\".pdf", "file")).isEqualTo("ab_c_.pdf");
  }

  @Test
  void keepsChineseNamesAndFallsBackWhenNothingIsLeft() {
    assertThat(FileName.clean("報告書 2012.pdf", "file")).isEqualTo("報告書 2012.pdf");
    assertThat(FileName.clean("\u202E", "paper.pdf")).isEqualTo("paper.pdf");
    assertThat(FileName.clean("..", "paper.pdf")).isEqualTo("paper.pdf");
    assertThat(FileName.clean(null, "paper.pdf")).isEqualTo("paper.pdf");
  }

  @Test
  void keepsTheEndOfAVeryLongName() {
    String name = FileName.clean("x".repeat(500) + ".pdf", "file");
    assertThat(name).hasSize(FileName.MAX_LENGTH).endsWith(".pdf");
  }
}
