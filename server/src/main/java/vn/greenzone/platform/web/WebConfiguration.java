package vn.greenzone.platform.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.catalina.Host;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * Vietnamese by default; {@code ?lang=en} switches and a cookie remembers. API clients may ask with
 * Accept-Language instead.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String LANGUAGE_COOKIE = "gz-lang";
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
        resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
        return resolver;
    }

    /** Registered by Spring Boot in the JSON mapper that reads request bodies. */
    @Bean
    JacksonModule inputTextModule() {
        return InputText.jsonModule();
    }

    /** After Spring Boot's own customizer, whose ErrorReportValve this one replaces. */
    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> containerErrors(Problems problems,
            MessageSource messages, JsonMapper json) {
        var valve = new ContainerErrorValve(problems, new PlainErrorPage(problems, messages), json);
        return factory -> factory.addContextCustomizers(context -> valve.install((Host) context.getParent()));
    }

    /** Outside every other filter, Spring Session's and Spring Security's included. */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(Problems problems, MessageSource messages,
            JsonMapper json) {
        var registration = new FilterRegistrationBean<>(
                new DatabaseUnavailableFilter(problems, new PlainErrorPage(problems, messages), json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter() {
        var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(RequestSizeLimitFilter.DEFAULT_LIMIT));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        // after the language change, so the refusal is in the language the same request asked for
        registry.addInterceptor(new InputText.ParameterCheck());
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        // On the error dispatch (refusals by filters: 401, 413) the URI is /error; the client asked for the original.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        return path.startsWith("/api/") ? apiLocale(request.getHeader("Accept-Language")) : VIETNAMESE;
    }

    /** An API client's language from its Accept-Language header: English or Vietnamese, Vietnamese by default. */
    static Locale apiLocale(String acceptLanguage) {
        if (StringUtils.hasText(acceptLanguage)) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
                if (match != null) {
                    return match;
                }
            } catch (IllegalArgumentException malformedHeader) {
                return VIETNAMESE;
            }
        }
        return VIETNAMESE;
    }
}
