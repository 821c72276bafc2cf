package vn.greenzone.demo;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import vn.greenzone.identity.Person;
import vn.greenzone.identity.SignedInPerson;

/** Demo data is made as the people who would make it, through the services their taps go through. */
final class DemoSession {

    private DemoSession() {
    }

    /** Runs the action as the person would through their own session. */
    static <T> T as(Person person, Supplier<T> action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new SignedInPerson(person.id(), person.phone().international()), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
