package vn.greenzone.platform.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import tools.jackson.databind.JacksonModule;

/**
 * Vietnamese by default; {@code ?lang=en} switches and a cookie remembers. API clients may ask with
 * Accept-Language instead.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Locale> SUPPORTED = List.of(VIETNAMESE, Locale.ENGLISH);

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("gz-lang");
        resolver.setDefaultLocaleFunction(WebConfiguration::defaultLocale);
        return resolver;
    }

    /** Registered by Spring Boot in the JSON mapper that reads request bodies. */
    @Bean
    JacksonModule inputTextModule() {
        return InputText.jsonModule();
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
        String header = request.getHeader("Accept-Language");
        // On the error dispatch (refusals by filters: 401, 413) the URI is /error; the client asked for the original.
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri ? uri : request.getRequestURI();
        if (path.startsWith("/api/") && StringUtils.hasText(header)) {
            try {
                Locale match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
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
