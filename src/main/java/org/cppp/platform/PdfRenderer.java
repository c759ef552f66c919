package org.cppp.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;

/**
 * Renders a Thymeleaf template under {@code templates/pdf/} (strict XHTML) into a PDF, with Chinese
 * text as real characters. Templates name {@value #CJK_FAMILY} after their Latin font in {@code
 * font-family}; it is the first of: the TrueType font at {@code cppp.pdf.cjk-font}, Noto Sans SC
 * that ships in the application ({@code src/main/resources/fonts/}, SIL Open Font Licence),
 * Debian's Droid Sans Fallback. Only TrueType outlines work: CFF-based fonts (Noto CJK OTF/TTC)
 * come out as '#'.
 *
 * <p>Every PDF is tagged (PDF/UA: headings, tables and reading order for screen readers, the
 * document's language and title) and embeds every font it uses: the generic families {@code serif}
 * and {@code sans-serif} are the bundled DejaVu Serif and Noto Sans SC, never PDF's built-in Times
 * or Helvetica, which cannot be embedded.
 */
@Component
public class PdfRenderer {

  /** The CSS font family of the CJK font. */
  public static final String CJK_FAMILY = "cppp-cjk";

  static final String CLASSPATH_REGULAR = "/fonts/NotoSansSC_400Regular.ttf";
  static final String CLASSPATH_BOLD = "/fonts/NotoSansSC_700Bold.ttf";

  /** The Latin serif faces: regular, bold, italic, bold italic. */
  static final List<LatinFace> SERIF =
      List.of(
          new LatinFace("/fonts/DejaVuSerif.ttf", 400, FontStyle.NORMAL),
          new LatinFace("/fonts/DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL),
          new LatinFace("/fonts/DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC),
          new LatinFace("/fonts/DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

  /** Font family names (as openhtmltopdf normalises them) that mean a serif font. */
  private static final List<String> SERIF_FAMILIES = List.of("Serif", "Times New Roman", "Times");

  static final Path DEBIAN_DROID =
      Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

  private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

  private final ITemplateEngine templates;
  private final ApplicationContext beans;
  private final List<Face> faces;
  private final List<Face> serifFaces;

  PdfRenderer(
      ITemplateEngine templates,
      ApplicationContext beans,
      @Value("${cppp.pdf.cjk-font:}") String configuredFont) {
    this.templates = templates;
    this.beans = beans;
    this.faces = findFaces(configuredFont);
    this.serifFaces =
        SERIF.stream()
            .map(f -> new Face("classpath:" + f.resource(), f.weight(), classpath(f.resource())))
            .toList();
    if (faces.isEmpty()) {
      log.warn(
          "No CJK font found for PDFs: Chinese text will print as '#'. Set cppp.pdf.cjk-font to a"
              + " TrueType font (.ttf) with Chinese characters; the application normally ships Noto"
              + " Sans SC in fonts/.");
    } else {
      log.info("PDF CJK font: {}", faces.get(0).source());
    }
  }

  /** Whether a CJK font was found, so Chinese text will come out as characters. */
  public boolean hasCjkFont() {
    return !faces.isEmpty();
  }

  /**
   * Renders {@code templates/pdf/<template>.html} with this model in this language.
   *
   * @param template the template's name under {@code pdf/}, e.g. {@code "certificate"}
   * @return the PDF's bytes
   */
  public byte[] render(String template, Map<String, ?> model, Locale locale) {
    Context context = new Context(locale);
    // as on a page, so a PDF writes money and moments with the same beans (@money, @time)
    context.setVariable(
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new ThymeleafEvaluationContext(beans, null));
    model.forEach(context::setVariable);
    String html = templates.process("pdf/" + template, context);
    return toPdf(html);
  }

  /** Converts well-formed XHTML into a PDF. */
  public byte[] toPdf(String xhtml) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.usePdfUaAccessibility(true);
      for (Face face : faces) {
        embed(builder, face, CJK_FAMILY, FontStyle.NORMAL);
        embed(builder, face, "SansSerif", FontStyle.NORMAL);
      }
      for (int i = 0; i < serifFaces.size(); i++) {
        for (String family : SERIF_FAMILIES) {
          embed(builder, serifFaces.get(i), family, SERIF.get(i).style());
        }
      }
      builder.withHtmlContent(xhtml, baseUri());
      builder.withProducer("CPPP");
      builder.toStream(out);
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF rendering failed", e);
    }
    try {
      return ToUnicodeRepair.repair(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("PDF text layer repair failed", e);
    }
  }

  private static void embed(PdfRendererBuilder builder, Face face, String family, FontStyle style) {
    builder.useFont(
        () -> new ByteArrayInputStream(face.bytes()), family, face.weight(), style, true);
  }

  private static String baseUri() {
    URL base = PdfRenderer.class.getResource("/templates/pdf/");
    return base == null ? null : base.toExternalForm();
  }

  private static List<Face> findFaces(String configuredFont) {
    List<Face> found = new ArrayList<>();
    if (configuredFont != null && !configuredFont.isBlank()) {
      Path path = Path.of(configuredFont.trim());
      if (Files.isReadable(path)) {
        found.add(new Face(path.toString(), 400, read(path)));
        return found;
      }
      log.warn("cppp.pdf.cjk-font={} is not a readable file; looking elsewhere", configuredFont);
    }
    byte[] regular = classpath(CLASSPATH_REGULAR);
    if (regular != null) {
      found.add(new Face("classpath:" + CLASSPATH_REGULAR, 400, regular));
      byte[] bold = classpath(CLASSPATH_BOLD);
      if (bold != null) {
        found.add(new Face("classpath:" + CLASSPATH_BOLD, 700, bold));
      }
      return found;
    }
    if (Files.isReadable(DEBIAN_DROID)) {
      found.add(new Face(DEBIAN_DROID.toString(), 400, read(DEBIAN_DROID)));
    }
    return found;
  }

  private static byte[] classpath(String resource) {
    try (InputStream in = PdfRenderer.class.getResourceAsStream(resource)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A bundled Latin font file and the weight and style it draws. */
  record LatinFace(String resource, int weight, FontStyle style) {}

  /** One weight of the CJK font, held in memory. */
  private record Face(String source, int weight, byte[] bytes) {}
}
