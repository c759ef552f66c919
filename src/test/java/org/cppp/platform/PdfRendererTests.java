package org.cppp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** PDFs carry Chinese (Traditional and Simplified) as real characters in their text layer. */
class PdfRendererTests {

  static final String PAGE =
      """
      <html xmlns="http://www.w3.org/1999/xhtml"><head><meta charset="UTF-8"/>
      <style>body { font-family: serif, cppp-cjk; }</style></head>
      <body><h1>Cleaner Production Partners</h1>
      <p>清潔生產伙伴計劃 環境保護署</p>
      <p>清洁生产伙伴计划 环境保护署</p>
      <p th:text="${name}">name</p></body></html>
      """;

  @Test
  void theBuildProvidesACjkFont() {
    assertThat(PdfRenderer.class.getResource(PdfRenderer.CLASSPATH_REGULAR)).isNotNull();
    assertThat(
            new PdfRenderer(new SpringTemplateEngine(), new StaticApplicationContext(), "")
                .hasCjkFont())
        .isTrue();
  }

  @Test
  void chineseInBothScriptsIsInTheTextLayer() throws IOException {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    engine.setTemplateResolver(resolver);
    PdfRenderer renderer = new PdfRenderer(engine, new StaticApplicationContext(), "");
    String html =
        engine.process(
            PAGE, new org.thymeleaf.context.Context(Locale.ENGLISH, Map.of("name", "香港生產力促進局")));

    byte[] pdf = renderer.toPdf(html);

    String text = text(pdf);
    assertThat(text)
        .contains("Cleaner Production Partners")
        .contains("清潔生產伙伴計劃")
        .contains("環境保護署")
        .contains("清洁生产伙伴计划")
        .contains("环境保护署")
        .contains("香港生產力促進局")
        .doesNotContain("#");
    Files.write(Path.of("target", "pdf-renderer-sample.pdf"), pdf);
  }

  @Test
  void pdfsAreTaggedWithTheirLanguageAndEmbedEveryFont() throws IOException {
    SpringTemplateEngine engine = new SpringTemplateEngine();
    StringTemplateResolver resolver = new StringTemplateResolver();
    resolver.setTemplateMode(TemplateMode.HTML);
    engine.setTemplateResolver(resolver);
    PdfRenderer renderer = new PdfRenderer(engine, new StaticApplicationContext(), "");
    String html =
        PAGE.replace("<html ", "<html lang=\"zh-HK\" ")
            .replace("<meta charset=\"UTF-8\"/>", "<meta charset=\"UTF-8\"/><title>Sample</title>")
            .replace("serif, cppp-cjk; }", "serif, cppp-cjk; } h1 { font-family: sans-serif; }")
            .replace("<p th:text=\"${name}\">name</p>", "<p><b>bold</b> <i>italic</i></p>");

    byte[] pdf = renderer.toPdf(engine.process(html, new org.thymeleaf.context.Context()));

    try (PDDocument document = Loader.loadPDF(pdf)) {
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-HK");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Sample");
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        for (COSName name : resources.getFontNames()) {
          PDFont font = resources.getFont(name);
          fonts.add(font.getName() + (font.isEmbedded() ? "" : " (not embedded)"));
        }
      }
      assertThat(fonts)
          .isNotEmpty()
          .noneMatch(f -> f.endsWith("(not embedded)"))
          .anyMatch(f -> f.contains("DejaVuSerif"))
          .anyMatch(f -> f.contains("NotoSansSC"));
    }
  }

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }
}
