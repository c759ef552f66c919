package org.cppp.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.web.config.EnableSpringDataWebSupport;
import org.springframework.data.web.config.EnableSpringDataWebSupport.PageSerializationMode;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Languages: English, Traditional Chinese (Hong Kong) and Simplified Chinese. {@code ?lang=zh-HK}
 * switches the site's pages, a cookie remembers the choice for a year. A document's own language is
 * never {@code lang} on a page (the report form sends {@code docLang}), so making a Chinese PDF
 * leaves the officer's pages in their language.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringDataWebSupport(pageSerializationMode = PageSerializationMode.VIA_DTO)
class WebConfiguration implements WebMvcConfigurer {

  static final List<Locale> SUPPORTED =
      List.of(Locale.ENGLISH, Locale.forLanguageTag("zh-HK"), Locale.forLanguageTag("zh-CN"));

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new SupportedLocaleResolver("cppp-lang");
    resolver.setDefaultLocale(Locale.ENGLISH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    return resolver;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
    interceptor.setParamName("lang");
    interceptor.setIgnoreInvalidLocale(true);
    // The API is stateless: there a "lang" parameter names a document's language (e.g. the report
    // PDF) and must not set the caller's language cookie.
    registry.addInterceptor(interceptor).excludePathPatterns("/api/**");
  }

  /** Keeps to the three languages: an unknown choice falls back to English. */
  static class SupportedLocaleResolver extends CookieLocaleResolver {

    SupportedLocaleResolver(String cookieName) {
      super(cookieName);
    }

    @Override
    public void setLocale(
        jakarta.servlet.http.HttpServletRequest request,
        jakarta.servlet.http.HttpServletResponse response,
        Locale locale) {
      super.setLocale(request, response, supported(locale));
    }

    static Locale supported(Locale locale) {
      if (locale == null) {
        return Locale.ENGLISH;
      }
      if ("zh".equals(locale.getLanguage())) {
        boolean simplified =
            "CN".equals(locale.getCountry())
                || "SG".equals(locale.getCountry())
                || "Hans".equals(locale.getScript());
        return simplified ? Locale.forLanguageTag("zh-CN") : Locale.forLanguageTag("zh-HK");
      }
      return Locale.ENGLISH;
    }
  }
}
