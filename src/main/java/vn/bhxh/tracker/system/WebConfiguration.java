package vn.bhxh.tracker.system;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Vietnamese first; {@code ?lang=en} switches to English and a cookie remembers the choice. A form
 * shown again over a value that could not be bound answers 400 ({@link BindingFailureStatus}). Every
 * month parameter is read by {@link MonthConverter}. Static files are served from their own folders
 * only ({@link #addResourceHandlers}).
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("tracker-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return resolver;
    }

    /** Just outside Spring Session's filter, so that a session that cannot be read still gets the outage page. */
    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(DatabaseOutage outage) {
        FilterRegistrationBean<DatabaseOutageFilter> registration = new FilterRegistrationBean<>(new DatabaseOutageFilter(outage));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 2);
        return registration;
    }

    /** Before Spring Session's filter: static files and health probes never read the session. */
    @Bean
    FilterRegistrationBean<SessionlessPathsFilter> sessionlessPathsFilter() {
        FilterRegistrationBean<SessionlessPathsFilter> registration = new FilterRegistrationBean<>(new SessionlessPathsFilter());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /** Before Spring's own reading of {@code YearMonth}, which it replaces (the converter added last is asked first). */
    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new MonthConverter());
    }

    /**
     * The style sheet, the script and the web jars (Bootstrap, asked for without its version), each
     * under its own path, instead of Spring Boot's one handler for every path ({@code /**},
     * switched off by {@code spring.web.resources.add-mappings=false}). Under that one handler every
     * link a page wrote ({@code @{/dashboard/units?…}}) was looked up as a file in four classpath
     * folders before it went out, a quarter of the dashboard page's time (docs/performance.md).
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/");
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new BindingFailureStatus());
    }
}
