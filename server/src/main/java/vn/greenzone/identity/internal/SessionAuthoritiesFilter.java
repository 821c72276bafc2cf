package vn.greenzone.identity.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.greenzone.identity.SignedInPerson;

/**
 * A browser session keeps only who signed in; what they may do is read again on each request, for
 * this request only, so a role granted or revoked on one node counts everywhere at once.
 */
class SessionAuthoritiesFilter extends OncePerRequestFilter {

    private final PersonAuthentications authentications;

    SessionAuthoritiesFilter(PersonAuthentications authentications) {
        this.authentications = authentications;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        if (context.getAuthentication() != null && context.getAuthentication().getPrincipal() instanceof SignedInPerson person) {
            var fresh = SecurityContextHolder.createEmptyContext();
            authentications.forPerson(person.personId()).ifPresent(fresh::setAuthentication);
            SecurityContextHolder.setContext(fresh);
        }
        chain.doFilter(request, response);
    }
}
