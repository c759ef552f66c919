package org.cppp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/** The Cleaner Production Partnership Programme system. */
@SpringBootApplication
@Modulithic(sharedModules = {"shared", "platform", "audit"})
public class CpppApplication {

  public static void main(String[] args) {
    SpringApplication.run(CpppApplication.class, args);
  }
}
