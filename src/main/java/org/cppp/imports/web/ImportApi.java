package org.cppp.imports.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.cppp.imports.ImportResult;
import org.cppp.imports.Imports;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/imports}: legacy CSV import, synchronous; the body is streamed, never held whole. */
@RestController
@RequestMapping("/api/imports")
class ImportApi {

  private final Imports imports;

  ImportApi(Imports imports) {
    this.imports = imports;
  }

  @GetMapping
  @Operation(summary = "The importable datasets and their columns")
  Map<String, List<String>> datasets() {
    return imports.datasets();
  }

  @PostMapping("/{dataset}")
  @Operation(
      summary =
          "Imports a CSV file (text/csv, UTF-8, header row): 200 with the count of new rows, or"
              + " 422 with every mistake (row, column, message) and nothing saved")
  ResponseEntity<ImportResult> importCsv(@PathVariable String dataset, HttpServletRequest request)
      throws IOException {
    ImportResult result = imports.importCsv(dataset, request.getInputStream());
    return ResponseEntity.status(
            result.succeeded() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
        .body(result);
  }
}
