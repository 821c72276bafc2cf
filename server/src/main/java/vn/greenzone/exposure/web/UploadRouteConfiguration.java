package vn.greenzone.exposure.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import vn.greenzone.exposure.internal.UploadTiming;

/** The key upload route's own filter: first of all, on the request and on a fake's async dispatch. */
@Configuration(proxyBeanMethods = false)
class UploadRouteConfiguration {

    @Bean
    FilterRegistrationBean<UploadTimingFilter> uploadTimingFilter(UploadTiming timing) {
        var registration = new FilterRegistrationBean<>(new UploadTimingFilter(timing));
        registration.addUrlPatterns("/api/v1/exposure-keys");
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
