package org.cppp.factory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.cppp.audit.AuditEntry;
import org.cppp.audit.AuditTrail;
import org.cppp.platform.SystemActor;
import org.cppp.shared.RuleViolation;
import org.cppp.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link Factories#registerAll} writes what {@link Factories#register} one by one writes. */
@IntegrationTest
class BulkRegistrationTests {

  @Autowired Factories factories;
  @Autowired Businesses businesses;
  @Autowired AuditTrail audit;

  @Test
  void aBulkRegistrationFlagsTheSamePairsAsRegisteringOneByOneInTheListsOrder() {
    List<FactoryDetails> oneByOne = alike(unique());
    oneByOne.forEach(f -> SystemActor.run(() -> factories.register(f)));
    List<FactoryDetails> together = alike(unique());
    SystemActor.run(() -> factories.registerAll(together));

    List<List<Integer>> pairsOneByOne = pairsByPosition(oneByOne);
    assertThat(pairsOneByOne.get(DuplicateFlags.MAX_PAIRS + 2)).containsExactly(2, 3, 4, 5, 6);
    assertThat(pairsByPosition(together)).isEqualTo(pairsOneByOne);
  }

  @Test
  void aBulkRegistrationLinksEachHongKongOwnedFactoryToItsOwnBusinessAndAuditsBoth() {
    FactoryDetails owned = details(unique() + " Plastics Ltd", "1 Lane", true);
    FactoryDetails notOwned = details(unique() + " Paper Ltd", "2 Lane", false);
    SystemActor.run(() -> factories.registerAll(List.of(owned, notOwned)));

    FactoryLinkView link =
        SystemActor.call(() -> businesses.linkOf(owned.brNumber())).orElseThrow();
    assertThat(link.businessBr()).isEqualTo(owned.brNumber());
    assertThat(link.kind()).isEqualTo(LinkKind.HK_RESIDENT_OWNERSHIP);
    assertThat(link.linkedOn()).isEqualTo(owned.registeredOn());
    assertThat(SystemActor.call(() -> businesses.linkOf(notOwned.brNumber()))).isEmpty();
    assertThat(actions(Factories.AUDIT_TYPE, owned.brNumber())).containsExactly("CREATED");
    assertThat(actions(Factories.AUDIT_TYPE, notOwned.brNumber())).containsExactly("CREATED");
    assertThat(actions(Businesses.AUDIT_TYPE, owned.brNumber())).containsExactly("CREATED");
    assertThat(SystemActor.call(() -> factories.get(owned.brNumber())).nameEn())
        .isEqualTo(owned.nameEn());
  }

  @Test
  void aBulkRegistrationWithATakenBrNumberSavesNone() {
    FactoryDetails first = details(unique() + " Glass Ltd", "3 Lane", true);
    SystemActor.run(() -> factories.register(first));
    FactoryDetails fresh = details(unique() + " Toys Ltd", "4 Lane", true);

    assertThatThrownBy(() -> SystemActor.run(() -> factories.registerAll(List.of(fresh, first))))
        .isInstanceOf(RuleViolation.class);
    assertThat(SystemActor.call(() -> factories.exists(fresh.brNumber()))).isFalse();
  }

  /**
   * More factories than one keeps pairs, each alike enough to be flagged with every other, the
   * closer the nearer in the list (the i-th name has its first i letters changed), so that which
   * pairs a factory keeps depends on which factories it was compared with. Forty random letters
   * (but z) make each list unlike any other.
   */
  private static List<FactoryDetails> alike(String word) {
    String letters =
        ThreadLocalRandom.current()
            .ints(40, 'a', 'z')
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
            .toString();
    return IntStream.range(0, DuplicateFlags.MAX_PAIRS + 3)
        .mapToObj(
            i -> details(word + "z".repeat(i) + letters.substring(i) + " Ltd", i + " Lane", true))
        .toList();
  }

  /** For each factory, the list positions of the factories it is flagged with. */
  private List<List<Integer>> pairsByPosition(List<FactoryDetails> list) {
    List<String> brs = list.stream().map(FactoryDetails::brNumber).toList();
    return brs.stream()
        .map(
            br ->
                SystemActor.call(() -> factories.possibleDuplicates(br)).stream()
                    .map(d -> brs.indexOf(d.other().brNumber()))
                    .sorted()
                    .toList())
        .toList();
  }

  private List<String> actions(String type, String id) {
    return audit.of(type, id).stream().map(AuditEntry::action).toList();
  }

  private static FactoryDetails details(String nameEn, String address, boolean hkOwned) {
    String br = String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    return new FactoryDetails(
        br,
        nameEn,
        "",
        hkOwned,
        "HEYUAN",
        Sector.METAL_AND_METAL_PRODUCTS,
        LocalDate.of(2009, 1, 1),
        address + " " + unique(),
        "Ms Test",
        "+852 2000 0000",
        "factory-" + br + "@example.com",
        null);
  }

  private static String unique() {
    return "Zq" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
  }
}
