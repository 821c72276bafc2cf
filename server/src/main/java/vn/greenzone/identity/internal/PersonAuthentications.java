package vn.greenzone.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.greenzone.identity.Role;
import vn.greenzone.identity.SignedInPerson;

/**
 * Turns a person into a Spring Security authentication whose authorities are the roles they hold
 * now, read from the database, so a revoked role is gone on the very next request.
 */
@Component
public class PersonAuthentications {

    private final PrincipalRepository principals;
    private final ApiTokens tokens;

    PersonAuthentications(PrincipalRepository principals, ApiTokens tokens) {
        this.principals = principals;
        this.tokens = tokens;
    }

    /** Empty when the person no longer exists. */
    public Optional<Authentication> forPerson(long personId) {
        return principals.byPerson(personId).map(PersonAuthentications::authentication);
    }

    /** Empty for an unknown or expired bearer token. */
    Optional<Authentication> forApiToken(String token) {
        return tokens.principalFor(token).map(PersonAuthentications::authentication);
    }

    /** As {@link #forApiToken}, from the node's cache of token holders (see ApiTokens#cachedPrincipalFor). */
    Optional<Authentication> forCachedApiToken(String token) {
        return tokens.cachedPrincipalFor(token).map(PersonAuthentications::authentication);
    }

    private static Authentication authentication(PrincipalRepository.Principal principal) {
        var signedIn = new SignedInPerson(principal.personId(), principal.phone());
        List<SimpleGrantedAuthority> authorities = Stream.concat(Stream.of(Role.CITIZEN), principal.roles().stream())
                .distinct()
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities);
    }
}
