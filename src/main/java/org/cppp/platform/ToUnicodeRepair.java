package org.cppp.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * CJK fonts map a Kangxi radical (e.g. U+2F63 ⽣) and its ideograph (U+751F 生) to one glyph, and
 * PDFBox writes the radical into the PDF's ToUnicode map, so copied or searched text reads wrong.
 * This rewrites each font's ToUnicode map with the ideographs (the radicals' NFKC forms).
 */
final class ToUnicodeRepair {

  private static final Pattern BLOCK =
      Pattern.compile("(\\d+)\\s+begin(bfchar|bfrange)(.*?)end\\2", Pattern.DOTALL);
  private static final Pattern HEX = Pattern.compile("<([0-9A-Fa-f]*)>");

  private ToUnicodeRepair() {}

  static byte[] repair(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      boolean changed = false;
      for (PDPage page : document.getPages()) {
        PDResources resources = page.getResources();
        if (resources == null) {
          continue;
        }
        for (COSName name : resources.getFontNames()) {
          COSBase map =
              resources.getFont(name).getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
          if (map instanceof COSStream stream) {
            changed |= rewrite(stream);
          }
        }
      }
      if (!changed) {
        return pdf;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static boolean rewrite(COSStream stream) throws IOException {
    String cmap;
    try (InputStream in = stream.createInputStream()) {
      cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
    Map<Integer, String> mappings = new TreeMap<>();
    int codeLength = 4;
    boolean radicals = false;
    Matcher block = BLOCK.matcher(cmap);
    int firstBlock = -1;
    int lastBlock = -1;
    while (block.find()) {
      firstBlock = firstBlock < 0 ? block.start() : firstBlock;
      lastBlock = block.end();
      Matcher hex = HEX.matcher(block.group(3));
      boolean range = "bfrange".equals(block.group(2));
      while (hex.find()) {
        String from = hex.group(1);
        codeLength = from.length();
        int lo = Integer.parseInt(from, 16);
        int hi = lo;
        if (range && hex.find()) {
          hi = Integer.parseInt(hex.group(1), 16);
        }
        if (!hex.find()) {
          break;
        }
        String target = decode(hex.group(1));
        for (int code = lo; code <= hi; code++) {
          String text = code == lo ? target : increment(target, code - lo);
          String fixed = ideograph(text);
          radicals |= !fixed.equals(text);
          mappings.put(code, fixed);
        }
      }
    }
    if (!radicals) {
      return false;
    }
    String rewritten =
        cmap.substring(0, firstBlock) + blocks(mappings, codeLength) + cmap.substring(lastBlock);
    try (OutputStream out = stream.createOutputStream()) {
      out.write(rewritten.getBytes(StandardCharsets.ISO_8859_1));
    }
    return true;
  }

  private static String ideograph(String text) {
    int cp = text.codePointCount(0, text.length()) == 1 ? text.codePointAt(0) : -1;
    if (cp >= 0x2E80 && cp <= 0x2FDF) {
      String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
      return normal.codePointCount(0, normal.length()) == 1 ? normal : text;
    }
    return text;
  }

  private static String blocks(Map<Integer, String> mappings, int codeLength) {
    StringBuilder out = new StringBuilder();
    var entries = mappings.entrySet().stream().toList();
    for (int i = 0; i < entries.size(); i += 100) {
      var chunk = entries.subList(i, Math.min(i + 100, entries.size()));
      out.append(chunk.size()).append(" beginbfchar\n");
      for (var e : chunk) {
        out.append('<')
            .append(String.format("%0" + codeLength + "X", e.getKey()))
            .append("> <")
            .append(encode(e.getValue()))
            .append(">\n");
      }
      out.append("endbfchar\n");
    }
    return out.toString();
  }

  private static String decode(String hex) {
    byte[] bytes = new byte[hex.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    }
    return new String(bytes, StandardCharsets.UTF_16BE);
  }

  private static String encode(String text) {
    StringBuilder hex = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
      hex.append(String.format("%02X", b));
    }
    return hex.toString();
  }

  private static String increment(String text, int by) {
    char[] chars = text.toCharArray();
    chars[chars.length - 1] = (char) (chars[chars.length - 1] + by);
    return new String(chars);
  }
}
