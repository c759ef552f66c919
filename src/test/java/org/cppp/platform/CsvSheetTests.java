package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvSheetTests {

  @Test
  void aTextThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
    String csv =
        new CsvSheet("name", "note")
            .row("=HYPERLINK(\"http://x\")", "+1+1")
            .row("-2+3", "@SUM(A1:A9)")
            .row("\t=1", "\r=1")
            .text();
    assertThat(csv)
        .isEqualTo(
            "name,note\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\")\",'+1+1\r\n"
                + "'-2+3,'@SUM(A1:A9)\r\n"
                + "'\t=1,\"'\r=1\"\r\n");
  }

  @Test
  void plainNumbersStayNumbersNegativeOnesToo() {
    String csv =
        new CsvSheet("a", "b", "c", "d", "e")
            .row("-12.50", new BigDecimal("-12.50"), -3L, "+5", new BigDecimal("1E+3"))
            .text();
    assertThat(csv).endsWith("\r\n-12.50,-12.50,-3,+5,1000\r\n");
  }

  @Test
  void aMeasuredFigureIsWrittenInPlainDigitsNeverAsAFormulaOrExponent() {
    String csv = new CsvSheet("a", "b", "c", "d").row(1.5E7, -2.5E-4, 3.0, 0.25f).text();
    assertThat(csv).endsWith("\r\n15000000,-0.00025,3,0.25\r\n");
  }

  @Test
  void otherTextIsWrittenAsItIsQuotedWhereCsvNeedsIt() {
    String csv =
        new CsvSheet("name").row("Beta Furniture, Ltd").row("a = b").row((Object) null).text();
    assertThat(csv).isEqualTo("name\r\n\"Beta Furniture, Ltd\"\r\na = b\r\n\"\"\r\n");
  }

  @Test
  void aHeaderThatCouldRunAsAFormulaIsWrittenAsTextToo() {
    assertThat(new CsvSheet("=cmd", "label").text()).isEqualTo("'=cmd,label\r\n");
  }
}
