package org.cppp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cppp.factory.FactoryPolicy;
import org.cppp.identity.CurrentUser;
import org.cppp.identity.Role;
import org.cppp.platform.PlatformPolicy;
import org.cppp.platform.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Who may do what is said once per module, in its {@code *Policy} class: no role is spelled in a
 * facade, a web setup or a template, and every {@code @xPolicy.mayY()} an expression names exists.
 * Reads the source tree.
 */
class AccessRulesTests {

  static final Path JAVA = Path.of("src/main/java");
  static final Path TEMPLATES = Path.of("src/main/resources/templates");
  static final String ROLE = "(APPLICANT|PROVIDER|OFFICER|QA|COMMITTEE|EPD|ADMIN)";

  /** Role strings in Java: expressions, authorities, and lists or checks of role names. */
  static final List<Pattern> IN_JAVA =
      List.of(
          Pattern.compile("hasRole\\(\\s*[\"']"),
          Pattern.compile("hasAnyRole\\(\\s*[\"']"),
          Pattern.compile("hasAuthority\\(\\s*[\"']"),
          Pattern.compile("'ROLE_"),
          Pattern.compile("\"ROLE_[A-Z]"),
          Pattern.compile("(contains|has|Set\\.of|List\\.of)\\(\\s*\"" + ROLE + "\""),
          Pattern.compile("\\{\\s*\"" + ROLE + "\"\\s*,"),
          Pattern.compile("hasAny\\(Role\\.[A-Z]"));

  /** Role strings in templates: anything sec:authorize or #authorization decides but sign-in. */
  static final List<Pattern> IN_TEMPLATES =
      List.of(
          Pattern.compile("sec:authorize=\"(?!!?isAuthenticated\\(\\)\")"),
          Pattern.compile("#authorization"),
          Pattern.compile("hasRole|hasAnyRole|ROLE_"),
          Pattern.compile("'" + ROLE + "'"));

  static final Pattern POLICY_CALL = Pattern.compile("@(\\w+Policy)\\.(\\w+)\\((\\)?)");
  static final Pattern POLICY_BEAN = Pattern.compile("@Component\\(\"(\\w+Policy)\"\\)");

  @Test
  void noRoleIsSpelledInJavaOutsideThePolicies() {
    assertThat(offences(JAVA, ".java", IN_JAVA)).isEmpty();
  }

  @Test
  void noRoleIsSpelledInTemplates() {
    assertThat(offences(TEMPLATES, ".html", IN_TEMPLATES)).isEmpty();
  }

  @Test
  void everyPolicyQuestionAnExpressionAsksIsAPublicMethodOfThatBean() throws Exception {
    Map<String, Class<?>> beans = policyBeans();
    assertThat(beans).containsKeys("applicationPolicy", "committeePolicy", "fundingPolicy");
    List<String> unknown = new ArrayList<>();
    int asked = 0;
    for (Path file : files(JAVA, ".java", TEMPLATES, ".html")) {
      Matcher m = POLICY_CALL.matcher(read(file));
      while (m.find()) {
        asked++;
        Class<?> type = beans.get(m.group(1));
        boolean noArguments = !m.group(3).isEmpty();
        if (type == null
            || !Modifier.isPublic(type.getModifiers())
            || !asksPublicly(type, m.group(2), noArguments)) {
          unknown.add(file + ": " + m.group());
        }
      }
    }
    assertThat(asked).isGreaterThan(50);
    assertThat(unknown).isEmpty();
  }

  @Test
  void theGuardSeesARoleStringWhenOneIsWritten() {
    assertThat(offends("@PreAuthorize(\"hasAnyRole('OFFICER','ADMIN')\")", IN_JAVA)).isTrue();
    assertThat(offends("registry.requestMatchers(\"/x\").hasRole(\"ADMIN\");", IN_JAVA)).isTrue();
    assertThat(offends("roles.contains(\"OFFICER\")", IN_JAVA)).isTrue();
    assertThat(offends("String[] R = {\"OFFICER\", \"ADMIN\"};", IN_JAVA)).isTrue();
    assertThat(offends("user.hasAny(Role.OFFICER, Role.ADMIN)", IN_JAVA)).isTrue();
    assertThat(offends("@PreAuthorize(FundingPolicy.EDIT)", IN_JAVA)).isFalse();
    assertThat(offends("<a sec:authorize=\"hasRole('QA')\">", IN_TEMPLATES)).isTrue();
    assertThat(offends("<a sec:authorize=\"isAuthenticated()\">", IN_TEMPLATES)).isFalse();
    assertThat(offends("<a th:if=\"${@fundingPolicy.mayEdit()}\">", IN_TEMPLATES)).isFalse();
  }

  @Test
  void platformNamesTheAdministratorsRoleAsIdentityDoes() {
    assertThat(SystemActor.call(() -> CurrentUser.current().has(Role.ADMIN))).isTrue();
    assertThat(SystemActor.call(() -> new PlatformPolicy().mayAdminister())).isTrue();
  }

  @Test
  void aPolicyAskedWithNoAuthenticationRefusesAsUnauthenticatedLikeHasRole() {
    assertThatThrownBy(() -> new FactoryPolicy().mayRead())
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    assertThatThrownBy(() -> new PlatformPolicy().mayAdminister())
        .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
  }

  private static boolean asksPublicly(Class<?> type, String name, boolean noArguments) {
    for (Method method : type.getMethods()) {
      if (method.getName().equals(name)
          && method.getDeclaringClass() == type
          && (!noArguments || method.getParameterCount() == 0)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Class<?>> policyBeans() throws ClassNotFoundException {
    Map<String, Class<?>> beans = new HashMap<>();
    for (Path file : files(JAVA, "Policy.java")) {
      Matcher m = POLICY_BEAN.matcher(read(file));
      if (m.find()) {
        String name = JAVA.relativize(file).toString().replace('/', '.').replace(".java", "");
        beans.put(m.group(1), Class.forName(name));
      }
    }
    return beans;
  }

  private static List<String> offences(Path root, String suffix, List<Pattern> patterns) {
    List<String> found = new ArrayList<>();
    for (Path file : files(root, suffix)) {
      if (file.getFileName().toString().endsWith("Policy.java")) {
        continue;
      }
      String[] lines = read(file).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (offends(lines[i], patterns)) {
          found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
        }
      }
    }
    return found;
  }

  private static boolean offends(String line, List<Pattern> patterns) {
    return patterns.stream().anyMatch(p -> p.matcher(line).find());
  }

  private static List<Path> files(Object... rootsAndSuffixes) {
    List<Path> all = new ArrayList<>();
    for (int i = 0; i < rootsAndSuffixes.length; i += 2) {
      Path root = (Path) rootsAndSuffixes[i];
      String suffix = (String) rootsAndSuffixes[i + 1];
      try (Stream<Path> walk = Files.walk(root)) {
        walk.filter(p -> p.toString().endsWith(suffix)).sorted().forEach(all::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(all).isNotEmpty();
    return all;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
