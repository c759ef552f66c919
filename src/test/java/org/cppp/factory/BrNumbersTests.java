package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class BrNumbersTests {

  @ParameterizedTest
  @ValueSource(strings = {"12345678", "00000001", "98765432"})
  void acceptsExactlyEightDigits(String br) {
    assertThat(BrNumbers.valid(br)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "1234567",
        "123456789",
        "1234567A",
        "ABCDEFGH",
        "1234 678",
        " 12345678",
        "１２３４５６７８"
      })
  void refusesLettersSevenOrNineDigitsAndAnythingElse(String br) {
    assertThat(BrNumbers.valid(br)).isFalse();
  }
}
