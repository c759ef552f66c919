package org.cppp.verification.web;

import jakarta.validation.Valid;
import org.cppp.verification.EmissionFactors;
import org.cppp.verification.FactorView;
import org.cppp.verification.NewFactor;
import org.cppp.verification.NewTariff;
import org.cppp.verification.TariffView;
import org.cppp.verification.Tariffs;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Emission factors and tariffs as versioned data: {@code /api/emission-factors}, {@code
 * /api/tariffs}.
 */
@RestController
class RatesApi {

  private final EmissionFactors factors;
  private final Tariffs tariffs;

  RatesApi(EmissionFactors factors, Tariffs tariffs) {
    this.factors = factors;
    this.tariffs = tariffs;
  }

  @GetMapping("/api/emission-factors")
  Page<FactorView> factors(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    return factors.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
  }

  @PostMapping("/api/emission-factors")
  @ResponseStatus(HttpStatus.CREATED)
  FactorView addFactor(@Valid @RequestBody NewFactor factor) {
    return factors.add(factor);
  }

  @GetMapping("/api/tariffs")
  Page<TariffView> tariffs(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
    return tariffs.list(PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500)));
  }

  @PostMapping("/api/tariffs")
  @ResponseStatus(HttpStatus.CREATED)
  TariffView addTariff(@Valid @RequestBody NewTariff tariff) {
    return tariffs.add(tariff);
  }
}
