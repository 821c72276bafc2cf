package vn.greenzone.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

import vn.greenzone.identity.Role;
import vn.greenzone.identity.RoleGrant;
import vn.greenzone.identity.SignedInPerson;

/**
 * Turns a person into a Spring Security authentication whose authorities are the roles they hold
 * now, read from the database, so a revoked role is gone on the very next request.
 */
@Component
public class PersonAuthentications {

    private final PersonRepository people;
    private final RoleGrantRepository grants;

    PersonAuthentications(PersonRepository people, RoleGrantRepository grants) {
        this.people = people;
        this.grants = grants;
    }

    /** Empty when the person no longer exists. */
    public Optional<Authentication> forPerson(long personId) {
        return people.findById(personId).map(person -> {
            var principal = new SignedInPerson(person.id(), person.phone().international());
            List<SimpleGrantedAuthority> authorities = Stream.concat(Stream.of(Role.CITIZEN),
                            grants.grantsOf(person.id()).stream().map(RoleGrant::role))
                    .distinct()
                    .map(role -> new SimpleGrantedAuthority(role.authority()))
                    .toList();
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        });
    }
}
