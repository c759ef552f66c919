package org.cppp.factory;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.cppp.platform.SystemActor;
import org.cppp.support.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures registering a factory (its possible-duplicate check included) when its city already
 * holds each of the sizes given (default 500 and 50,000 factories with realistic, distinct names):
 * the register is filled in SQL, then 200 factories are registered through {@link Factories} and
 * timed one by one. Not a test: run it by hand (see README, "Benchmarks").
 */
public final class FactoryRegistrationBenchmark {

  private static final String CITY = "DONGGUAN";
  private static final int TIMED = 200;
  private static final String[] SYLLABLES = {
    "hua", "xing", "long", "da", "fu", "tai", "kang", "sheng", "yuan", "feng", "jin", "li", "mei",
    "ming", "hong", "tian", "bao", "heng", "wei", "xin", "an", "chang", "de", "guang", "hai", "rui"
  };
  private static final String[] TRADES = {
    "Metal Works",
    "Textiles",
    "Plastic Products",
    "Printing",
    "Electronics",
    "Garment",
    "Furniture",
    "Toys",
    "Packaging",
    "Dyeing",
    "Precision Moulds",
    "Hardware",
    "Leather Goods"
  };
  private static final String[] FORMS = {"Co., Ltd", "Limited", "Industrial Co., Ltd", "Company"};

  public static void main(String[] args) throws Exception {
    int[] sizes =
        args.length > 0
            ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
            : new int[] {500, 50_000};
    Path dir = BenchmarkApplication.folder();
    ConfigurableApplicationContext app =
        BenchmarkApplication.start(dir, "--cppp.embedded-db.durable=true");
    try {
      Factories factories = app.getBean(Factories.class);
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      Random random = new Random(42);
      int next = 10_000_000;
      for (int size : sizes) {
        int inCity = count(jdbc);
        next = fill(app.getBean(JdbcTemplate.class), random, next, size - inCity);
        jdbc.sql("analyze factory").update();
        long[] nanos = new long[TIMED];
        for (int i = 0; i < TIMED; i++) {
          FactoryDetails details = details(String.format("%08d", next++), random);
          long t0 = System.nanoTime();
          SystemActor.run(() -> factories.register(details));
          nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(
            "%,d factories in %s: registering one takes median %.1f ms, p95 %.1f ms, mean %.1f ms%n",
            count(jdbc),
            CITY,
            nanos[TIMED / 2] / 1e6,
            nanos[TIMED * 95 / 100] / 1e6,
            Arrays.stream(nanos).average().orElse(0) / 1e6);
      }
    } finally {
      app.close();
    }
  }

  private static int count(JdbcClient jdbc) {
    return jdbc.sql("select count(*) from factory where city_code = ?")
        .param(CITY)
        .query(Integer.class)
        .single();
  }

  private static int fill(JdbcTemplate jdbc, Random random, int next, int rows) {
    List<Object[]> batch = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      FactoryDetails d = details(String.format("%08d", next++), random);
      batch.add(
          new Object[] {
            d.brNumber(),
            d.nameEn(),
            d.nameZh(),
            CITY,
            d.address(),
            d.sector().name(),
            d.registeredOn()
          });
    }
    jdbc.batchUpdate(
        "insert into factory (br_number, name_en, name_zh, hk_owned, city_code, address, sector,"
            + " registered_on) values (?, ?, ?, true, ?, ?, ?, ?)",
        batch);
    return next;
  }

  private static FactoryDetails details(String br, Random random) {
    String brand =
        capitalised(syllable(random) + syllable(random))
            + " "
            + capitalised(syllable(random) + syllable(random));
    String name =
        brand + " " + TRADES[random.nextInt(TRADES.length)] + " " + FORMS[random.nextInt(4)];
    String chinese =
        new String(Character.toChars(0x4E00 + random.nextInt(20_000)))
            + new String(Character.toChars(0x4E00 + random.nextInt(20_000)))
            + "製品有限公司";
    String address =
        (1 + random.nextInt(999))
            + " "
            + capitalised(syllable(random) + syllable(random))
            + " Road, Unit "
            + br;
    return new FactoryDetails(
        br,
        name,
        chinese,
        true,
        CITY,
        Sector.METAL_AND_METAL_PRODUCTS,
        LocalDate.of(2009, 1, 1),
        address,
        "Ms Bench",
        "+852 2000 0000",
        "f-" + br + "@example.com",
        null);
  }

  private static String syllable(Random random) {
    return SYLLABLES[random.nextInt(SYLLABLES.length)];
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
