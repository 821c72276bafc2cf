package vn.greenzone.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests that carry {@code Authorization: Bearer <token>}; a bad token is a 401. Requests
 * {@code cached} matches read the token's holder from the node's cache; all others from the database, so a
 * role granted a moment ago works on the very next request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private final PersonAuthentications authentications;
    private final RequestMatcher cached;

    BearerTokenFilter(PersonAuthentications authentications, RequestMatcher cached) {
        this.authentications = authentications;
        this.cached = cached;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var token = ApiTokens.fromHeader(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token.isPresent()) {
            var authentication = cached.matches(request) ? authentications.forCachedApiToken(token.get())
                    : authentications.forApiToken(token.get());
            if (authentication.isEmpty()) {
                response.sendError(HttpStatus.UNAUTHORIZED.value());
                return;
            }
            SecurityContextHolder.getContext().setAuthentication(authentication.get());
        }
        chain.doFilter(request, response);
    }
}
