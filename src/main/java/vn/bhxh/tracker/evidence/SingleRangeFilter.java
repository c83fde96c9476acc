package vn.bhxh.tracker.evidence;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A download honours one byte range at most (what a resumed download asks); a request for several
 * ranges gets the whole file. Each range reads the file's pieces again from storage, so a hundred
 * tiny ranges (all that Spring MVC allows) would turn one request into hundreds of queries.
 */
class SingleRangeFilter extends OncePerRequestFilter {

    /** For downloads only (not a bean itself, which would filter every request). */
    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<SingleRangeFilter> singleRangeForDownloads() {
            FilterRegistrationBean<SingleRangeFilter> registration = new FilterRegistrationBean<>(new SingleRangeFilter());
            registration.addUrlPatterns("/evidence/*");
            return registration;
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String range = request.getHeader(HttpHeaders.RANGE);
        if (range == null || range.indexOf(',') < 0) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public String getHeader(String name) {
                return HttpHeaders.RANGE.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }

            @Override
            public Enumeration<String> getHeaders(String name) {
                return HttpHeaders.RANGE.equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
            }
        }, response);
    }
}
